using System.Diagnostics;
using System.Globalization;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools bench-search profile</c>: the query set run straight on the index, without HTTP or JSON, one query at a
/// time, timed per kind of query, so the search's own cost is seen apart from the service's. The search cache is off:
/// each round would otherwise answer every query from it, and the figures would no longer compare with those taken
/// before the cache.
/// </summary>
internal static class BenchSearchInProcess
{
    private static readonly string[] Kinds = BenchQueryFiles.Kinds;

    public static async Task<int> RunAsync(DirectoryInfo data, int rounds, CancellationToken cancellationToken)
    {
        var queries = await File.ReadAllLinesAsync(Path.Combine(data.FullName, BenchQueryFiles.FileName), cancellationToken);
        using var index = BenchIndex.Open(new ArchiveOptions { DataDirectory = data.FullName, SearchCacheEntries = 0 });
        foreach (var query in queries)
        {
            index.Search(new SearchQuery { Text = query });
        }

        var byKind = Kinds.Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => new List<double>(), StringComparer.Ordinal);
        var all = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < queries.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var watch = Stopwatch.StartNew();
                index.Search(new SearchQuery { Text = queries[i] });
                var ms = watch.Elapsed.TotalMilliseconds;
                byKind[Kinds[i % Kinds.Length]].Add(ms);
                all.Add(ms);
            }
        }

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{all.Count:N0} searches in process, one at a time ({rounds} rounds of {queries.Length}), search cache off: every search collected afresh, as before the cache"));
        foreach (var (kind, timings) in byKind.Append(new KeyValuePair<string, List<double>>("all", all)))
        {
            timings.Sort();
            Console.WriteLine(string.Create(inv, $"  {kind,-10} p50 {Latency.Percentile(timings, 0.50),6:0.0} ms  p95 {Latency.Percentile(timings, 0.95),6:0.0} ms  max {timings[^1],6:0.0} ms"));
        }

        return 0;
    }
}
