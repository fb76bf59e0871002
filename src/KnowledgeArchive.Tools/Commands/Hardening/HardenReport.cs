using System.Globalization;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;

namespace KnowledgeArchive.Tools.Commands.Hardening;

/// <summary>What became of every file of a hardening run, and whether the run met its targets.</summary>
internal sealed class HardenReport(IReadOnlyList<CorpusOutcome> corpora, IReadOnlyList<(string DocumentId, TimeSpan Elapsed)> slowest, ErrorCounter errors, TimeSpan limit)
{
    private const int SlowestShown = 10;

    public int FilesIn => corpora.Sum(c => c.FilesOnDisk);

    /// <summary>Outcome label (indexed, duplicate, quarantined: code, skipped: reason, zip expanded) → files on disk.</summary>
    public IReadOnlyDictionary<string, int> Outcomes => corpora.SelectMany(c => c.TopLevel).Where(f => f.Outcome != IngestStatus.Pending)
        .GroupBy(Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Outcomes of the files found inside zips.</summary>
    public IReadOnlyDictionary<string, int> EntryOutcomes => corpora.SelectMany(c => c.Files).Where(f => f.ParentOrdinal is not null && f.Outcome != IngestStatus.Pending)
        .GroupBy(Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public int Unaccounted => FilesIn - Outcomes.Values.Sum();

    public int Crashes => errors.Errors + errors.Unhandled;

    public IReadOnlyList<(string Path, TimeSpan Elapsed)> OverLimit => [.. Slow().Where(s => s.Elapsed >= limit)];

    public int TimedOut => corpora.SelectMany(c => c.Files).Count(f => f.Reason?.Code == QuarantineCodes.TimedOut);

    public bool Passed => Crashes == 0 && TimedOut == 0 && OverLimit.Count == 0 && Unaccounted == 0;

    public void Print(TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"files in: {FilesIn:N0} in {corpora.Count} folder(s): {string.Join(", ", corpora.Select(c => $"{c.Folder} ({c.FilesOnDisk:N0})"))}"));
        output.WriteLine("outcomes (files on disk):");
        Write(output, Outcomes);
        if (EntryOutcomes.Count > 0)
        {
            output.WriteLine("outcomes of files inside zips:");
            Write(output, EntryOutcomes);
        }

        output.WriteLine(string.Create(inv, $"slowest files (extraction once a worker was free, and enrichment; limit {limit.TotalSeconds:0} s):"));
        foreach (var (path, elapsed) in Slow().Take(SlowestShown))
        {
            output.WriteLine(string.Create(inv, $"  {elapsed.TotalSeconds,7:0.00} s  {path}"));
        }

        output.WriteLine(string.Create(inv, $"over the time limit: {OverLimit.Count + TimedOut} ({TimedOut} quarantined as timed out)"));
        output.WriteLine(string.Create(inv, $"extraction workers that died (contained; the file quarantined): {errors.WorkerDeaths}"));
        foreach (var message in errors.WorkerDeathMessages)
        {
            output.WriteLine($"  {message}");
        }

        output.WriteLine(string.Create(inv, $"crashes (errors logged by the pipeline, unhandled exceptions): {Crashes}"));
        foreach (var message in errors.ErrorMessages)
        {
            output.WriteLine($"  {message}");
        }

        output.WriteLine(string.Create(inv, $"unaccounted for (files in minus outcomes): {Unaccounted}"));
        foreach (var file in corpora.SelectMany(c => c.Files).Where(f => f.Outcome == IngestStatus.Pending))
        {
            output.WriteLine($"  still pending: {file.Path}");
        }

        output.WriteLine(Passed ? "result: every file accounted for, no crash, none over the time limit" : "result: FAILED");
    }

    private static string Label(IngestFile file) => file switch
    {
        { State: IngestFileState.Expanded } => "zip expanded",
        { Outcome: IngestStatus.Quarantined, Reason: { } r } => $"quarantined: {r.Code}",
        { Outcome: IngestStatus.Skipped, Reason: { Code: IngestSkipCodes.UnsupportedFormat } r } => $"skipped: {r.Message}",
        { Outcome: IngestStatus.Skipped, Reason: { } r } => $"skipped: {r.Code}",
        _ => (file.Outcome?.ToString() ?? file.State.ToString()).ToLowerInvariant(),
    };

    private static void Write(TextWriter output, IReadOnlyDictionary<string, int> counts)
    {
        foreach (var (label, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,6:N0}  {label}"));
        }
    }

    private IEnumerable<(string Path, TimeSpan Elapsed)> Slow()
    {
        var paths = corpora.SelectMany(c => c.Files.Select(f => (c.Folder, File: f)))
            .Where(p => p.File.DocumentId is not null)
            .GroupBy(p => p.File.DocumentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Path.Combine(g.First().Folder, g.First().File.Path), StringComparer.Ordinal);
        return slowest.Select(s => (paths.TryGetValue(s.DocumentId, out var path) ? path : s.DocumentId, s.Elapsed));
    }
}
