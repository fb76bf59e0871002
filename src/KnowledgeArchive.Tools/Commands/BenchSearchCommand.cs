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
    private const string QueriesFile = "bench-queries.txt";

    private static readonly string[] Ccgs = ["NHS North Marsh CCG", "NHS Wyvern Valley CCG", "NHS Hollin Vale CCG", "NHS Kestwick and Orley CCG", "NHS Ravensmoor Coast CCG", "NHS Barchester City CCG", "NHS Loamshire Downs CCG", "NHS South Marsh and Fenwick CCG"];
    private static readonly string[] Bodies = ["Governing Body", "Primary Care Commissioning Committee", "Quality and Performance Committee", "Finance and Performance Committee"];
    private static readonly string[] Types = [DocumentTypes.Minutes, DocumentTypes.Minutes, DocumentTypes.Minutes, DocumentTypes.Policy, DocumentTypes.Handover, DocumentTypes.Other];

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
        profile.SetAction((result, cancellationToken) => BenchSearchInProcess.RunAsync(result.GetRequiredValue(profileData), QueriesFile, result.GetValue(rounds), cancellationToken));

        return new Command("bench-search", "Search speed at scale: build a synthetic index, then time queries over HTTP") { prepare, run, profile, recollIndex };
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
        using (var index = new LuceneSearchIndex(paths, Options.Create(options), NullLogger<LuceneSearchIndex>.Instance, SynonymList.LoadConfigured(null)))
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
        }

        var queries = Queries(sentences, new Random(7), 400);
        await File.WriteAllLinesAsync(Path.Combine(data.FullName, QueriesFile), queries, cancellationToken);
        var size = Directory.EnumerateFiles(paths.IndexDirectory).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index: {count:N0} documents in {watch.Elapsed.TotalSeconds:0.0} s, {size / (1024.0 * 1024):0} MiB; {queries.Count} queries in {Path.Combine(data.FullName, QueriesFile)}"));
        Console.WriteLine($"next: start the service with --Archive:DataDirectory={data.FullName}, then run: ka-tools bench-search run --server URL --api-key KEY --data {data.FullName}");
        return 0;
    }

    private static async Task<int> RunAsync(Uri server, DirectoryInfo data, int clients, int seconds, string? apiKey, ConcurrentDictionary<string, byte> sent, CancellationToken cancellationToken)
    {
        var queries = await File.ReadAllLinesAsync(Path.Combine(data.FullName, QueriesFile), cancellationToken);
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
        var queries = await File.ReadAllLinesAsync(Path.Combine(data.FullName, QueriesFile), cancellationToken);
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

    private static HttpClient Client(Uri server, string? apiKey)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return http;
    }

    private static string Url(string query) => "/api/search?q=" + Uri.EscapeDataString(query);

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

    /// <summary>A mix like ICB staff and auditors type: words, pairs, phrases, fielded and dated queries.</summary>
    private static List<string> Queries(List<string> sentences, Random random, int count)
    {
        var words = sentences
            .SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 4)
            .GroupBy(w => w)
            .OrderByDescending(g => g.Count())
            .Skip(50)
            .Take(3000)
            .Select(g => g.Key)
            .ToList();
        string Word() => words[random.Next(words.Count)];
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            queries.Add((i % 10) switch
            {
                0 or 1 or 2 => Word(),
                3 or 4 => $"{Word()} {Word()}",
                5 => $"\"{Phrase(sentences[random.Next(sentences.Count)], random)}\"",
                6 => $"{Word()} type:{Types[random.Next(Types.Length)]}",
                7 => $"{Word()} ccg:\"{Ccgs[random.Next(Ccgs.Length)].Replace("NHS ", string.Empty, StringComparison.Ordinal).Replace(" CCG", string.Empty, StringComparison.Ordinal)}\"",
                8 => string.Create(CultureInfo.InvariantCulture, $"{Word()} date:[{2014 + random.Next(6)}-01-01 TO {2016 + random.Next(6)}-12-31]"),
                _ => $"{Word()} {Word()} -{Word()}",
            });
        }

        return queries;
    }

    private static string Phrase(string sentence, Random random)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToList();
        if (words.Count < 3)
        {
            return string.Join(' ', words);
        }

        var start = random.Next(words.Count - 2);
        return string.Join(' ', words.Skip(start).Take(2 + random.Next(2)));
    }
}
