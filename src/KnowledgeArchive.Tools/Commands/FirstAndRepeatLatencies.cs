using System.Collections.Concurrent;
using System.Globalization;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// Latencies of requests told apart by whether the run had sent the same request before. The service keeps searches
/// collected, so a repeat is answered from its cache: the first times and the repeats are reported apart, as well as
/// together, so a figure for repeated queries is never read as the cost of a new one.
/// </summary>
/// <param name="sent">The requests sent so far in the run, shared by everything that measures in it.</param>
internal sealed class FirstAndRepeatLatencies(ConcurrentDictionary<string, byte> sent)
{
    private readonly Lock gate = new();
    private readonly List<double> firstTimes = [];
    private readonly List<double> repeats = [];

    /// <summary>Records that <paramref name="request"/> is being sent; true if the run had not sent it before.</summary>
    public bool MarkSent(string request) => sent.TryAdd(request, 0);

    public void Add(bool firstTime, double milliseconds)
    {
        lock (gate)
        {
            (firstTime ? firstTimes : repeats).Add(milliseconds);
        }
    }

    /// <summary>One line for the first times and one for the repeats, each with its count and p50, p95 and p99.</summary>
    public IReadOnlyList<string> Report()
    {
        lock (gate)
        {
            return ["  first time in the run: " + Summary(firstTimes), "  repeats (from the search cache when it is on and still holds them): " + Summary(repeats)];
        }
    }

    private static string Summary(List<double> timings)
    {
        if (timings.Count == 0)
        {
            return "none";
        }

        var sorted = timings.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Count:N0} queries, p50 {Latency.Percentile(sorted, 0.50):0.0} ms, p95 {Latency.Percentile(sorted, 0.95):0.0} ms, p99 {Latency.Percentile(sorted, 0.99):0.0} ms, max {sorted[^1]:0.0} ms");
    }
}
