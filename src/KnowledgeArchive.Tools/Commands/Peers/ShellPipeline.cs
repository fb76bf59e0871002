using System.Diagnostics;

namespace KnowledgeArchive.Tools.Commands.Peers;

/// <summary>
/// Runs a command line through <c>/bin/sh</c>, as a user types it, and times it from start to end; the peak resident
/// memory of the whole pipeline is sampled a few times a second, from outside, without touching its processes.
/// </summary>
internal static class ShellPipeline
{
    public static async Task<(TimeSpan Wall, int ExitCode, long PeakResidentBytes, string Error)> RunAsync(string commandLine, IDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(commandLine);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("/bin/sh did not start");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var exited = process.WaitForExitAsync(cancellationToken);
        long peak = 0;
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, ProcessTree.ResidentBytes(process.Id));
            await Task.WhenAny(exited, Task.Delay(250, cancellationToken));
        }

        await exited;
        var wall = watch.Elapsed;
        var text = await error;
        return (wall, process.ExitCode, peak, text.Length > 2000 ? text[^2000..] : text);
    }

    /// <summary>Quotes <paramref name="value"/> as one word for <c>/bin/sh</c>.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
