using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools bench-search kinds</c>: both query sets (the mixed set and the searches that help) sent to
/// <c>/api/search</c> one query at a time, round after round, with latencies per kind of query. The first round is each
/// query's first time since the service started, so start it afresh; later rounds are repeats, which the search cache
/// answers when it is on. Each kind also says what its answers held: the mean total, how many suggested other words
/// ("did you mean") and how many were read as a question.
/// </summary>
internal static class BenchSearchByKind
{
    public static async Task<int> RunAsync(Uri server, DirectoryInfo data, int rounds, string? apiKey, CancellationToken cancellationToken)
    {
        var mixed = await File.ReadAllLinesAsync(Path.Combine(data.FullName, BenchQueryFiles.FileName), cancellationToken);
        var helpFile = Path.Combine(data.FullName, BenchHelpQueries.FileName);
        if (!File.Exists(helpFile))
        {
            await Console.Error.WriteLineAsync($"{helpFile} is missing: write it with ka-tools bench-search queries --data {data.FullName} --corpus DIR");
            return 2;
        }

        var help = await BenchHelpQueries.ReadAsync(helpFile, cancellationToken);
        var requests = mixed.Select((q, i) => (Kind: BenchQueryFiles.Kinds[i % BenchQueryFiles.Kinds.Length], Url: BenchSearchCommand.Url(q)))
            .Concat(help.Select(h => (h.Kind, Url: "/api/search?" + h.QueryString)))
            .ToList();
        using var http = BenchSearchCommand.Client(server, apiKey);

        // JIT and file cache: the mixed set sorted by date (searches the cache keeps apart), and the help set's warm-ups.
        foreach (var url in mixed.Take(50).Select(q => BenchSearchCommand.Url(q) + "&sort=date").Concat(requests.Where(r => r.Kind == BenchHelpQueries.WarmUp).Select(r => r.Url)))
        {
            using var _ = await http.GetAsync(url, cancellationToken);
        }

        var kinds = new Dictionary<string, KindFigures>(StringComparer.Ordinal);
        var errors = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (kind, url) in requests.Where(r => r.Kind != BenchHelpQueries.WarmUp))
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync(url, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var ms = watch.Elapsed.TotalMilliseconds;
                var figures = kinds.TryGetValue(kind, out var found) ? found : kinds[kind] = new KindFigures();
                (round == 0 ? figures.FirstTimes : figures.Repeats).Add(ms);
                if (!response.IsSuccessStatusCode)
                {
                    errors++;
                }
                else if (round == 0)
                {
                    figures.Count(body);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{requests.Count(r => r.Kind != BenchHelpQueries.WarmUp)} queries one at a time over HTTP, {rounds} rounds, {errors} errors; p50 / p95 in ms"));
        Console.WriteLine($"  {"kind",-20} {"n",4} {"first time",16} {"repeats",16} {"mean total",11} {"did you mean",13} {"question",9}");
        foreach (var (kind, figures) in kinds.Append(new KeyValuePair<string, KindFigures>("all", KindFigures.Sum(kinds.Values))))
        {
            Console.WriteLine(figures.Line(kind));
        }

        return errors == 0 ? 0 : 1;
    }

    private sealed class KindFigures
    {
        private long total;
        private int answers;
        private int suggested;
        private int read;

        public List<double> FirstTimes { get; } = [];

        public List<double> Repeats { get; } = [];

        public static KindFigures Sum(IEnumerable<KindFigures> all)
        {
            var sum = new KindFigures();
            foreach (var figures in all)
            {
                sum.FirstTimes.AddRange(figures.FirstTimes);
                sum.Repeats.AddRange(figures.Repeats);
                (sum.total, sum.answers, sum.suggested, sum.read) =
                    (sum.total + figures.total, sum.answers + figures.answers, sum.suggested + figures.suggested, sum.read + figures.read);
            }

            return sum;
        }

        public void Count(string body)
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            answers++;
            total += root.GetProperty("total").GetInt64();
            suggested += root.TryGetProperty("didYouMean", out var didYouMean) && didYouMean.ValueKind == JsonValueKind.String ? 1 : 0;
            read += root.TryGetProperty("searchedFor", out var searchedFor) && searchedFor.ValueKind == JsonValueKind.String ? 1 : 0;
        }

        public string Line(string kind) => string.Create(CultureInfo.InvariantCulture,
            $"  {kind,-20} {FirstTimes.Count,4} {Percentiles(FirstTimes),16} {Percentiles(Repeats),16} {total / Math.Max(1, answers),11:N0} {suggested,13} {read,9}");

        private static string Percentiles(List<double> timings)
        {
            if (timings.Count == 0)
            {
                return "-";
            }

            var sorted = timings.Order().ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{Latency.Percentile(sorted, 0.50):0.0} / {Latency.Percentile(sorted, 0.95):0.0}");
        }
    }
}
