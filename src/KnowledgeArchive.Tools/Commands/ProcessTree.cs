using System.Diagnostics;
using System.Globalization;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>Resident memory and CPU time of this process and its child processes (the extraction workers), read from /proc on Linux.</summary>
internal static class ProcessTree
{
    public static long ResidentBytes() =>
        Directory.Exists("/proc") ? ResidentBytes(Environment.ProcessId) : Process.GetCurrentProcess().WorkingSet64;

    /// <summary>Resident memory of <paramref name="root"/> and its descendants; 0 where /proc is not there.</summary>
    public static long ResidentBytes(int root)
    {
        long total = 0;
        var pending = new Stack<int>([root]);
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            total += Rss(pid);
            foreach (var child in Children(pid))
            {
                pending.Push(child);
            }
        }

        return total;
    }

    /// <summary>
    /// CPU time (user and system) used so far by <paramref name="root"/> and its live descendants, from
    /// <c>/proc/PID/stat</c>; zero where /proc is not there.
    /// </summary>
    public static TimeSpan CpuTime(int root)
    {
        double ticks = 0;
        var pending = new Stack<int>([root]);
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            ticks += CpuTicks(pid);
            foreach (var child in Children(pid))
            {
                pending.Push(child);
            }
        }

        // Linux reports these times in clock ticks of 1/100 s (USER_HZ) on every architecture .NET runs on.
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static double CpuTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");

            // The command name (field 2) is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static long Rss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kb is null ? 0 : long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static List<int> Children(int pid)
    {
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks))
        {
            return [];
        }

        var children = new List<int>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories(tasks))
            {
                var file = Path.Combine(task, "children");
                if (File.Exists(file))
                {
                    children.AddRange(File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => int.Parse(t, CultureInfo.InvariantCulture)));
                }
            }
        }
        catch (IOException)
        {
            // The process ended while being read.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return children;
    }
}
