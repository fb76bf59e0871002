using System.Diagnostics;

namespace KnowledgeArchive.Tools.Commands.Peers;

/// <summary>Finding and running a program installed on the machine, with its peak resident memory.</summary>
internal static class ExternalTool
{
    /// <summary>The full path of <paramref name="name"/> on the PATH, or null when it is not installed.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs the program to its end; returns its exit code and the peak resident memory of its process tree.</summary>
    public static async Task<(int ExitCode, long PeakResidentBytes, string Error)> RunAsync(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var exited = process.WaitForExitAsync(cancellationToken);
        long peak = 0;
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, ProcessTree.ResidentBytes(process.Id));
            await Task.WhenAny(exited, Task.Delay(100, cancellationToken));
        }

        await exited;
        await output;
        var text = await error;
        return (process.ExitCode, peak, text.Length > 2000 ? text[^2000..] : text);
    }
}
