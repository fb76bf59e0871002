using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools bench-search prepare</c> builds a data directory whose index holds N synthetic documents written from
/// the sentences of real minutes (so words occur as often as in real papers), with a mixed query set beside it;
/// <c>ka-tools bench-search run</c> sends those queries over HTTP from several clients at once to a service running on
/// that data directory and prints latency percentiles and queries per second, overall and apart for each query's
/// first time in the run and its repeats, which the service answers from its search cache.
/// </summary>
internal static class BenchSearchCommand
{
    internal static readonly string[] Ccgs = ["NHS North Marsh CCG", "NHS Wyvern Valley CCG", "NHS Hollin Vale CCG", "NHS Kestwick and Orley CCG", "NHS Ravensmoor Coast CCG", "NHS Barchester City CCG", "NHS Loamshire Downs CCG", "NHS South Marsh and Fenwick CCG"];
    internal static readonly string[] Bodies = ["Governing Body", "Primary Care Commissioning Committee", "Quality and Performance Committee", "Finance and Performance Committee"];
    internal static readonly string[] Types = [DocumentTypes.Minutes, DocumentTypes.Minutes, DocumentTypes.Minutes, DocumentTypes.Policy, DocumentTypes.Handover, DocumentTypes.Other];

    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "The data directory to build (prepare) or whose queries to send (run)", Required = true };
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "Folder of real minutes whose sentences make up the documents (e.g. ../shared/corpora/real-minutes)", Required = true };
        var documents = new Option<int>("--documents") { Description = "How many documents", DefaultValueFactory = _ => 100_000 };
        var recoll = new Option<bool>("--recoll") { Description = "Also write the documents as text files and index them with recollindex (Recoll must be installed)" };
        var prepare = new Command("prepare", "Build a data directory with a synthetic index and a query set") { data, corpus, documents, recoll };
        prepare.SetAction(async (result, cancellationToken) =>
        {
            var prepared = await PrepareAsync(result.GetRequiredValue(data), result.GetRequiredValue(corpus), result.GetValue(documents), cancellationToken);
            return prepared != 0 || !result.GetValue(recoll) ? prepared : await RecollComparison.IndexAsync(result.GetRequiredValue(data), cancellationToken);
        });

        var recollData = new Option<DirectoryInfo>("--data") { Description = "The data directory prepared; its documents are written as text under recoll/ and indexed", Required = true };
        var recollIndex = new Command("recoll-index", "Write a prepared index's documents as text files and index them with recollindex") { recollData };
        recollIndex.SetAction((result, cancellationToken) => RecollComparison.IndexAsync(result.GetRequiredValue(recollData), cancellationToken));

        var server = new Option<string>("--server") { Description = "The running service, e.g. http://127.0.0.1:5000", Required = true };
        var clients = new Option<int>("--clients") { Description = "Clients sending queries at once", DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { Description = "How long to send queries", DefaultValueFactory = _ => 60 };
        var runData = new Option<DirectoryInfo>("--data") { Description = "The data directory prepared (its query set is used)", Required = true };
        var apiKey = new Option<string?>("--api-key") { Description = "API key sent in X-Api-Key (default: $KA_API_KEY)", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KA_API_KEY") };
        var recollConfig = new Option<DirectoryInfo?>("--recoll-config") { Description = "Then run the query set one query at a time over HTTP and through recollq with this Recoll configuration (DATA/recoll/config after recoll-index)" };
        var run = new Command("run", "Send the query set over HTTP from several clients and print latencies") { server, clients, seconds, runData, apiKey, recollConfig };
        run.SetAction(async (result, cancellationToken) =>
        {
            var sent = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
            var runResult = await RunAsync(new Uri(result.GetRequiredValue(server), UriKind.Absolute), result.GetRequiredValue(runData), result.GetValue(clients), result.GetValue(seconds), result.GetValue(apiKey), sent, cancellationToken);
            return result.GetValue(recollConfig) is not { } config
                ? runResult
                : Math.Max(runResult, await CompareWithRecollAsync(new Uri(result.GetRequiredValue(server), UriKind.Absolute), result.GetRequiredValue(runData), config, result.GetValue(apiKey), sent, cancellationToken));
        });

        var profileData = new Option<DirectoryInfo>("--data") { Description = "The data directory prepared (its index and query set); the service must not be running on it", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "How many times to run the query set", DefaultValueFactory = _ => 3 };
        var profile = new Command("profile", "Run the query set on the index in this process, one query at a time, and print latencies per kind of query") { profileData, rounds };
        profile.SetAction((result, cancellationToken) => BenchSearchInProcess.RunAsync(result.GetRequiredValue(profileData), result.GetValue(rounds), cancellationToken));

        var kindsServer = new Option<string>("--server") { Description = "The running service, started afresh so each query's first time is uncached", Required = true };
        var kindsData = new Option<DirectoryInfo>("--data") { Description = "The data directory prepared (both its query sets are used)", Required = true };
        var kindsApiKey = new Option<string?>("--api-key") { Description = "API key sent in X-Api-Key (default: $KA_API_KEY)", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KA_API_KEY") };
        var kindsRounds = new Option<int>("--rounds") { Description = "How many times to send both sets: the first is each query's first time, the rest repeats", DefaultValueFactory = _ => 3 };
        var kinds = new Command("kinds", "Send both query sets one query at a time over HTTP and print latencies per kind of query, the searches that help included")
        {
            kindsServer, kindsData, kindsApiKey, kindsRounds,
        };
        kinds.SetAction((result, cancellationToken) => BenchSearchByKind.RunAsync(
            new Uri(result.GetRequiredValue(kindsServer), UriKind.Absolute), result.GetRequiredValue(kindsData), result.GetValue(kindsRounds), result.GetValue(kindsApiKey), cancellationToken));

        var queriesData = new Option<DirectoryInfo>("--data") { Description = "The data directory prepared; the service must not be running on it", Required = true };
        var queriesCorpus = new Option<DirectoryInfo>("--corpus") { Description = "The folder of real minutes the index was prepared from", Required = true };
        var queries = new Command("queries", "Write a prepared directory's query sets again, the set of searches that help included") { queriesData, queriesCorpus };
        queries.SetAction((result, cancellationToken) => WriteQueriesAsync(result.GetRequiredValue(queriesData), result.GetRequiredValue(queriesCorpus), cancellationToken));

        return new Command("bench-search", "Search speed at scale: build a synthetic index, then time queries over HTTP") { prepare, run, kinds, profile, recollIndex, queries };
    }

    private static async Task<int> PrepareAsync(DirectoryInfo data, DirectoryInfo corpus, int count, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var sentences = await SentencesAsync(corpus, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {sentences.Count:N0} sentences from {corpus.FullName} in {watch.Elapsed.TotalSeconds:0.0} s"));
        var random = new Random(20190326);
        var options = new ArchiveOptions { DataDirectory = data.FullName };
        var paths = new ArchivePaths(options);
        paths.EnsureCreated();
        watch.Restart();
        using (var index = BenchIndex.Open(options))
        {
            for (var i = 0; i < count; i++)
            {
                var date = new DateOnly(2013, 4, 1).AddDays(random.Next(3360));
                var pages = Enumerable.Range(1, 1 + random.Next(4))
                    .Select(p => new PageText(p, string.Join(' ', Enumerable.Range(0, 12 + random.Next(20)).Select(_ => sentences[random.Next(sentences.Count)]))))
                    .ToList();
                var record = new DocumentRecord
                {
                    DocumentId = string.Create(CultureInfo.InvariantCulture, $"doc-{i:x20}"),
                    Sha256 = string.Create(CultureInfo.InvariantCulture, $"{i:x64}"),
                    FileName = string.Create(CultureInfo.InvariantCulture, $"paper-{i:000000}.pdf"),
                    Format = FileFormat.Pdf,
                    SizeBytes = 50_000,
                    IngestedAt = DateTimeOffset.UnixEpoch,
                    Status = DocumentStatus.Indexed,
                    Title = pages[0].Text[..Math.Min(80, pages[0].Text.Length)],
                    PageCount = pages.Count,
                    Metadata = new DocumentMetadata
                    {
                        DocumentType = Types[random.Next(Types.Length)],
                        Ccg = Ccgs[random.Next(Ccgs.Length)],
                        Icb = "NHS Wyvern and Marsh Integrated Care Board",
                        Body = Bodies[random.Next(Bodies.Length)],
                        Date = date,
                    },
                };
                await index.IndexAsync(new IndexedDocument(record, pages), cancellationToken);
                if (i % 10_000 == 9_999)
                {
                    await index.CommitAsync(cancellationToken);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1:N0} documents indexed, {watch.Elapsed.TotalSeconds:0} s"));
                }
            }

            await index.CommitAsync(cancellationToken);
            var size = Directory.EnumerateFiles(paths.IndexDirectory).Sum(f => new FileInfo(f).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index: {count:N0} documents in {watch.Elapsed.TotalSeconds:0.0} s, {size / (1024.0 * 1024):0} MiB"));
            Console.WriteLine(await BenchQueryFiles.WriteAsync(data, sentences, index, cancellationToken));
        }

        Console.WriteLine($"next: start the service with --Archive:DataDirectory={data.FullName}, then run: ka-tools bench-search run --server URL --api-key KEY --data {data.FullName}");
        return 0;
    }

    private static async Task<int> WriteQueriesAsync(DirectoryInfo data, DirectoryInfo corpus, CancellationToken cancellationToken)
    {
        var sentences = await SentencesAsync(corpus, cancellationToken);
        using var index = BenchIndex.Open(new ArchiveOptions { DataDirectory = data.FullName });
        Console.WriteLine(await BenchQueryFiles.WriteAsync(data, sentences, index, cancellationToken));
        return 0;
    }

    private static async Task<int> RunAsync(Uri server, DirectoryInfo data, int clients, int seconds, string? apiKey, ConcurrentDictionary<string, byte> sent, CancellationToken cancellationToken)
    {
        var queries = await File.ReadAllLinesAsync(Path.Combine(data.FullName, BenchQueryFiles.FileName), cancellationToken);
        using var http = Client(server, apiKey);

        // Warm the service (JIT, file cache) before measuring, sorted by date: the service caches a search per sort, so
        // the run below still sends each query of the set for the first time.
        foreach (var query in queries.Take(50))
        {
            using var _ = await http.GetAsync(Url(query) + "&sort=date", cancellationToken);
        }

        var split = new FirstAndRepeatLatencies(sent);
        var timings = new List<double>[clients];
        var errors = 0;
        long hits = 0;
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            timings[c] = [];
            var next = c * 37;
            while (DateTime.UtcNow < deadline)
            {
                var url = Url(queries[next++ % queries.Length]);
                var firstTime = split.MarkSent(url);
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync(url, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                timings[c].Add(watch.Elapsed.TotalMilliseconds);
                split.Add(firstTime, watch.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                using var json = JsonDocument.Parse(body);
                Interlocked.Add(ref hits, json.RootElement.GetProperty("total").GetInt64());
            }
        }));
        var all = timings.SelectMany(t => t).Order().ToList();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{all.Count:N0} queries from {clients} clients in {wall.Elapsed.TotalSeconds:0.0} s: {all.Count / wall.Elapsed.TotalSeconds:0.0} queries/s, {errors} errors, mean total {hits / Math.Max(1, all.Count):N0} hits"));
        Console.WriteLine(string.Create(inv, $"latency: p50 {Latency.Percentile(all, 0.50):0.0} ms, p95 {Latency.Percentile(all, 0.95):0.0} ms, p99 {Latency.Percentile(all, 0.99):0.0} ms, max {all[^1]:0.0} ms"));
        foreach (var line in split.Report())
        {
            Console.WriteLine(line);
        }

        Console.WriteLine("  (a first time is uncached only if the service had not been asked the query before this run: start it afresh to compare runs)");
        return errors == 0 ? 0 : 1;
    }

    /// <summary>
    /// One query at a time: each query over HTTP, then each through its own recollq process. Queries the run above sent
    /// already are answered from the service's search cache, which Recoll has no counterpart of: they are reported apart.
    /// </summary>
    private static async Task<int> CompareWithRecollAsync(Uri server, DirectoryInfo data, DirectoryInfo config, string? apiKey, ConcurrentDictionary<string, byte> sent, CancellationToken cancellationToken)
    {
        var queries = await File.ReadAllLinesAsync(Path.Combine(data.FullName, BenchQueryFiles.FileName), cancellationToken);
        using var http = Client(server, apiKey);

        var split = new FirstAndRepeatLatencies(sent);
        var timings = new List<double>(queries.Length);
        foreach (var query in queries)
        {
            var url = Url(query);
            var firstTime = split.MarkSent(url);
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(url, cancellationToken);
            _ = await response.Content.ReadAsStringAsync(cancellationToken);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            split.Add(firstTime, watch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"service over HTTP, one query at a time: {timings.Count} queries; p50 {Latency.Percentile(timings, 0.50):0.0} ms, p95 {Latency.Percentile(timings, 0.95):0.0} ms, max {timings[^1]:0.0} ms"));
        foreach (var line in split.Report())
        {
            Console.WriteLine(line);
        }

        return await RecollComparison.QueryAsync(config, queries, cancellationToken);
    }

    internal static HttpClient Client(Uri server, string? apiKey)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return http;
    }

    internal static string Url(string query) => "/api/search?q=" + Uri.EscapeDataString(query);

    /// <summary>Sentences of the real minutes, read with the service's own extraction.</summary>
    private static async Task<List<string>> SentencesAsync(DirectoryInfo corpus, CancellationToken cancellationToken)
    {
        using var extraction = Extractors.Create();
        var sentences = new List<string>();
        foreach (var file in corpus.EnumerateFiles("*", SearchOption.AllDirectories).Where(f => f.Extension is ".pdf" or ".docx" or ".doc").OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            var outcome = await extraction.ExtractAsync(file.FullName, cancellationToken);
            if (!outcome.Result.Succeeded)
            {
                continue;
            }

            sentences.AddRange(outcome.Result.Document.Pages
                .SelectMany(p => p.Text.Split(['.', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Where(s => s.Length is > 30 and < 300)
                .Select(s => s + "."));
        }

        return sentences.Count > 0 ? sentences : throw new InvalidOperationException($"No readable minutes in {corpus.FullName}.");
    }
}
