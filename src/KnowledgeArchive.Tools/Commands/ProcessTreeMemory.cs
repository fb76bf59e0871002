using System.Diagnostics;
using System.Globalization;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>Resident memory of this process and its child processes (the extraction workers), read from /proc on Linux.</summary>
internal static class ProcessTreeMemory
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
