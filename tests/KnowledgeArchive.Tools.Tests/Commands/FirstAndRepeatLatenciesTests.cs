using System.Collections.Concurrent;
using KnowledgeArchive.Tools.Commands;

namespace KnowledgeArchive.Tools.Tests.Commands;

/// <summary>The search bench tells a query's first time in a run from its repeats, which the service answers from its cache.</summary>
public sealed class FirstAndRepeatLatenciesTests
{
    [Fact]
    public void ARequest_IsAFirstTimeOnce_AcrossEverythingMeasuringTheRun()
    {
        var sent = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var load = new FirstAndRepeatLatencies(sent);
        var oneAtATime = new FirstAndRepeatLatencies(sent);

        Assert.True(load.MarkSent("/api/search?q=wheelchair"));
        Assert.False(load.MarkSent("/api/search?q=wheelchair"));
        Assert.False(oneAtATime.MarkSent("/api/search?q=wheelchair"));
        Assert.True(oneAtATime.MarkSent("/api/search?q=estates"));
    }

    [Fact]
    public void Report_GivesFirstTimesAndRepeatsApart()
    {
        var latencies = new FirstAndRepeatLatencies(new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));
        latencies.Add(firstTime: true, 40);
        latencies.Add(firstTime: true, 60);
        latencies.Add(firstTime: false, 2);

        var report = latencies.Report();

        Assert.Equal(2, report.Count);
        Assert.StartsWith("  first time in the run: 2 queries, p50 60.0 ms", report[0], StringComparison.Ordinal);
        Assert.StartsWith("  repeats (from the search cache when it is on and still holds them): 1 queries, p50 2.0 ms", report[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithoutRepeats_SaysNone()
    {
        var latencies = new FirstAndRepeatLatencies(new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));
        latencies.Add(firstTime: true, 40);

        Assert.Equal("  repeats (from the search cache when it is on and still holds them): none", latencies.Report()[1]);
    }
}
