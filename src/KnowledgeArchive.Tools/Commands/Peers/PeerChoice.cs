using System.Globalization;

namespace KnowledgeArchive.Tools.Commands.Peers;

/// <summary>Which peers bench-ingest runs after its own ingest, on the same files, and how their figures compare.</summary>
internal sealed record PeerChoice(bool Recoll, bool PdfToText)
{
    private const int FloorProcesses = 2;

    /// <summary>What to install when a chosen peer is missing, before anything is generated; null when all are there.</summary>
    public string? Missing()
    {
        var missing = new List<string>();
        if (Recoll && ExternalTool.Find(RecollPeer.Program) is null)
        {
            missing.Add(new PeerMissingException(RecollPeer.Program, "recoll").Message);
        }

        if (PdfToText && ExternalTool.Find(PdfToTextPeer.Program) is null)
        {
            missing.Add(new PeerMissingException(PdfToTextPeer.Program, "poppler-utils").Message);
        }

        return missing.Count == 0 ? null : string.Join(Environment.NewLine, missing);
    }

    public async Task RunAsync(PeerRun ours, string input, string work, CancellationToken cancellationToken)
    {
        var runs = new List<PeerRun> { ours };
        if (Recoll)
        {
            runs.Add(await RecollPeer.RunAsync(input, work, ours.Bytes, cancellationToken));
        }

        if (PdfToText)
        {
            runs.Add(await PdfToTextPeer.RunAsync(input, work, FloorProcesses, cancellationToken));
        }

        if (runs.Count == 1)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("peers on the same files:");
        foreach (var run in runs)
        {
            var index = run.IndexBytes is { } b ? string.Create(inv, $"{b / 1048576.0:0.0} MiB") : "-";
            Console.WriteLine(string.Create(inv, $"  {run.Name,-12} {run.Wall.TotalSeconds,8:0.0} s  {run.Documents,8:N0} docs  {run.Documents / run.Wall.TotalSeconds,7:0.0} docs/s  {run.Bytes / 1048576.0 / run.Wall.TotalSeconds,6:0.00} MiB/s  peak {run.PeakResidentBytes / 1048576.0,6:N0} MiB  index {index}  ({run.Note})"));
        }

        foreach (var run in runs.Skip(1))
        {
            var ratio = ours.Documents / ours.Wall.TotalSeconds / (run.Documents / run.Wall.TotalSeconds);
            Console.WriteLine(string.Create(inv, $"  ours / {run.Name}: {ratio:0.00}x the docs/s; wall {ours.Wall.TotalSeconds / run.Wall.TotalSeconds:0.00}x"));
        }
    }
}
