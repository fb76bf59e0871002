using System.Diagnostics;

namespace KnowledgeArchive.Tools.Commands.Peers;

/// <summary>
/// Recoll, a desktop search engine with a Xapian index, indexing the same folder (zips included) from scratch with
/// a configuration directory of its own; the documents it holds are counted afterwards with <c>recollq</c>.
/// </summary>
internal static class RecollPeer
{
    public const string Program = "recollindex";

    public static async Task<PeerRun> RunAsync(string input, string work, long inputBytes, CancellationToken cancellationToken)
    {
        var program = ExternalTool.Find(Program) ?? throw new PeerMissingException(Program, "recoll");
        var config = Directory.CreateDirectory(Path.Combine(work, "recoll")).FullName;
        await File.WriteAllTextAsync(Path.Combine(config, "recoll.conf"), $"topdirs = {input}\nloglevel = 1\n", cancellationToken);
        var environment = new Dictionary<string, string> { ["RECOLL_CONFDIR"] = config };

        var watch = Stopwatch.StartNew();
        var run = await ExternalTool.RunAsync(program, ["-c", config, "-z"], environment, cancellationToken);
        var wall = watch.Elapsed;
        var index = new DirectoryInfo(Path.Combine(config, "xapiandb"));
        var indexBytes = index.Exists ? index.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : (long?)null;
        var documents = await CountAsync(config, environment, cancellationToken);
        var note = run.ExitCode == 0 ? "folder and zips, from scratch" : $"exit code {run.ExitCode}: {run.Error.Trim()}";
        return new PeerRun("recollindex", wall, documents, inputBytes, run.PeakResidentBytes, indexBytes, note);
    }

    // Every generated document ends with "Reference benchN": the hits for "Reference" are the documents recoll read.
    private static async Task<int> CountAsync(string config, Dictionary<string, string> environment, CancellationToken cancellationToken)
    {
        if (ExternalTool.Find("recollq") is not { } query)
        {
            return -1;
        }

        var output = Path.Combine(config, "count.txt");
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"'{query}' -c '{config}' -b -n 0-1000000 Reference > '{output}' 2>/dev/null");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(cancellationToken);
        return File.Exists(output) ? File.ReadLines(output).Count(l => l.Contains("://", StringComparison.Ordinal)) : -1;
    }
}
