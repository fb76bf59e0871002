using System.Diagnostics;

namespace KnowledgeArchive.Tools.Commands.Peers;

/// <summary>
/// Recoll, a desktop search engine with a Xapian index, indexing the same folder (zips included) from scratch as a
/// user runs it: a fresh configuration directory (English stemming, its default; aspell off) and a plain
/// <c>recollindex -c CONF</c>. The documents it holds are counted afterwards with <c>recollq</c>.
/// </summary>
internal static class RecollPeer
{
    public const string Program = "recollindex";

    public static async Task<PeerRun> RunAsync(string input, string work, long inputBytes, CancellationToken cancellationToken)
    {
        _ = ExternalTool.Find(Program) ?? throw new PeerMissingException(Program, "recoll");
        var config = Directory.CreateDirectory(Path.Combine(work, "recoll")).FullName;
        await File.WriteAllTextAsync(Path.Combine(config, "recoll.conf"), $"topdirs = {input}\nloglevel = 1\nnoaspell = 1\n", cancellationToken);
        PageCache.Warm(input);
        var commandLine = $"recollindex -c {ShellPipeline.Quote(config)}";
        var run = await ShellPipeline.RunAsync(commandLine, null, cancellationToken);
        var index = new DirectoryInfo(Path.Combine(config, "xapiandb"));
        var indexBytes = index.Exists ? index.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : (long?)null;
        var documents = await CountAsync(config, cancellationToken);
        var note = run.ExitCode == 0 ? $"`{commandLine}`, folder and zips, from scratch" : $"exit code {run.ExitCode}: {run.Error.Trim()}";
        return new PeerRun("recollindex", run.Wall, documents, inputBytes, run.PeakResidentBytes, indexBytes, note);
    }

    // Every generated document ends with "Reference bench N": the hits for "Reference" are the documents recoll read.
    private static async Task<int> CountAsync(string config, CancellationToken cancellationToken)
    {
        if (ExternalTool.Find("recollq") is not { } query)
        {
            return -1;
        }

        var output = Path.Combine(config, "count.txt");
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"{ShellPipeline.Quote(query)} -c {ShellPipeline.Quote(config)} -b -n 0-1000000 Reference > {ShellPipeline.Quote(output)} 2>/dev/null");
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(cancellationToken);
        return File.Exists(output) ? File.ReadLines(output).Count(l => l.Contains("://", StringComparison.Ordinal)) : -1;
    }
}
