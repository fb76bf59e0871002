using System.Diagnostics;
using System.Globalization;

namespace KnowledgeArchive.Tools.Commands.Cluster;

/// <summary>Clients sending searches at once, spread over the web nodes (client i asks node i mod N); latencies per node.</summary>
internal static class ClusterSearchLoad
{
    private static readonly string[] Words =
    [
        "committee", "report", "financial risk", "policy reviewed", "Governing Body", "minutes approved", "recommendation",
        "clinical leads", "Accountable Officer", "gluten-free prescribing", "assisted conception", "continuing healthcare",
        "estates strategy", "wound care", "individual funding requests", "safeguarding", "conflicts of interest",
        "primary care access", "urgent care", "public questions",
    ];

    public static async Task RunAsync(IReadOnlyList<Uri> nodes, string? apiKey, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = nodes.Select(_ => new List<double>()).ToArray();
        var errors = new int[nodes.Count];
        var stop = DateTime.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var node = client % nodes.Count;
            using var http = BenchSearchCommand.Client(nodes[node], apiKey);
            var random = new Random(client);
            while (DateTime.UtcNow < stop)
            {
                var query = Words[random.Next(Words.Length)] + (random.Next(3) == 0 ? " " + Words[random.Next(Words.Length)] : string.Empty);
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync(BenchSearchCommand.Url(query), cancellationToken);
                    await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors[node]);
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors[node]);
                    continue;
                }

                lock (latencies[node])
                {
                    latencies[node].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }));

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"search: {clients} clients for {duration.TotalSeconds:0} s over {nodes.Count} web node(s)"));
        for (var n = 0; n < nodes.Count; n++)
        {
            Print($"  {nodes[n]}", latencies[n], errors[n], duration);
        }

        Print("  all nodes", latencies.SelectMany(l => l).ToList(), errors.Sum(), duration);
    }

    private static void Print(string label, List<double> latencies, int errors, TimeSpan duration)
    {
        latencies.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{label}: {latencies.Count:N0} queries ({latencies.Count / duration.TotalSeconds:0.0}/s), {errors} errors, p50 {Latency.Percentile(latencies, 0.5):0.0} ms, p95 {Latency.Percentile(latencies, 0.95):0.0} ms, p99 {Latency.Percentile(latencies, 0.99):0.0} ms"));
    }
}
