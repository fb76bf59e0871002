namespace KnowledgeArchive.Tools.Commands;

/// <summary>Percentiles of sorted latencies, as the benchmarks report them.</summary>
internal static class Latency
{
    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))];
}
