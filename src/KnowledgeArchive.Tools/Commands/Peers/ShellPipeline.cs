using System.Diagnostics;

namespace KnowledgeArchive.Tools.Commands.Peers;

/// <summary>
/// Runs a command line through <c>/bin/sh</c>, as a user types it, and times it from start to end; the peak resident
/// memory of the whole pipeline is sampled from outside, without touching its processes.
/// </summary>
internal static class ShellPipeline
{
    public static async Task<(TimeSpan Wall, int ExitCode, long PeakResidentBytes, string Error)> RunAsync(string commandLine, IDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var run = await ExternalTool.RunAsync("/bin/sh", ["-c", commandLine], environment, cancellationToken);
        return (watch.Elapsed, run.ExitCode, run.PeakResidentBytes, run.Error);
    }

    /// <summary>Quotes <paramref name="value"/> as one word for <c>/bin/sh</c>.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
