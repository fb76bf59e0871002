using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeArchive.Web.Tests.Ingest;

/// <summary>
/// Eight people searching while a transition team's batches ingest for a minute: no request fails, and nobody sees a
/// document before it is committed (every hit is an indexed document in the catalog) or sees the archive shrink.
/// </summary>
public sealed class ConcurrentSearchDuringIngestTests : IClassFixture<ArchiveAppFixture>, IDisposable
{
    private const string Common = "kingfisher";
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    private readonly ArchiveAppFixture _app;
    private readonly ITestOutputHelper _output;
    private readonly string _input = Directory.CreateTempSubdirectory("ka-concurrent-").FullName;

    public ConcurrentSearchDuringIngestTests(ArchiveAppFixture app, ITestOutputHelper output)
    {
        _app = app;
        _output = output;
    }

    public void Dispose() => Directory.Delete(_input, recursive: true);

    [Fact]
    public async Task EightSearchers_WhileBatchesIngest_SeeNoErrors_AndOnlyCommittedDocuments()
    {
        var errors = new ConcurrentQueue<string>();
        var written = new ConcurrentQueue<string>();
        var searches = 0;
        using var stop = new CancellationTokenSource(Duration);
        var clock = Stopwatch.StartNew();

        var writer = Task.Run(() => IngestUntilStoppedAsync(written, errors, stop.Token));
        var readers = Enumerable.Range(0, 8).Select(r => Task.Run(async () =>
        {
            var api = _app.Factory.CreateApi();
            var random = new Random(r);
            var lastTotal = 0;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var tokens = written.ToArray();
                    var query = tokens.Length > 0 && random.Next(2) == 0 ? tokens[random.Next(tokens.Length)] : Common;
                    var response = await api.SearchAsync(query, page: 1 + random.Next(2), pageSize: 10);
                    Interlocked.Increment(ref searches);
                    if (query == Common)
                    {
                        if (response.Total < lastTotal)
                        {
                            errors.Enqueue($"searcher {r}: total fell from {lastTotal} to {response.Total}");
                        }

                        lastTotal = response.Total;
                    }

                    foreach (var hit in response.Hits)
                    {
                        var document = await api.GetDocumentAsync(hit.DocumentId);
                        if (document.Status != "indexed")
                        {
                            errors.Enqueue($"searcher {r}: hit {hit.DocumentId} is {document.Status} in the catalog");
                        }
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or Refit.ApiException or TaskCanceledException)
                {
                    errors.Enqueue($"searcher {r}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        })).ToList();

        await Task.WhenAll(readers);
        var batches = await writer;
        clock.Stop();

        var api = _app.Factory.CreateApi();
        var indexed = 0;
        foreach (var id in batches)
        {
            var batch = await Eventually.GetAsync(async () => (await api.GetBatchAsync(id)) is { State: "completed" } b ? b : null, TimeSpan.FromMinutes(3), "batch " + id);
            indexed += batch.Counts.Indexed;
            Assert.Equal(batch.Counts.Total, batch.Counts.Indexed);
        }

        var final = await Eventually.GetAsync(
            async () => (await api.SearchAsync(Common, pageSize: 1)) is { } r && r.Total == written.Count ? r : null,
            what: "every written file searchable once");
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{searches} searches by 8 clients in {clock.Elapsed.TotalSeconds:0} s while {batches.Count} batches ingested {indexed} files"));
        Assert.Empty(errors);
        Assert.Equal(written.Count, indexed);
        Assert.Equal(written.Count, final.Total);
        Assert.NotEmpty(batches);
        Assert.True(searches >= 100, $"only {searches} searches ran in {Duration.TotalSeconds} s");
    }

    /// <summary>Starts batches of new files one after another until stopped; returns their ids.</summary>
    private async Task<List<string>> IngestUntilStoppedAsync(ConcurrentQueue<string> written, ConcurrentQueue<string> errors, CancellationToken stop)
    {
        var api = _app.Factory.CreateApi();
        var batches = new List<string>();
        for (var round = 0; !stop.IsCancellationRequested; round++)
        {
            var folder = Path.Combine(_input, "round-" + round.ToString(CultureInfo.InvariantCulture));
            var tokens = new List<string>();
            for (var i = 0; i < 25; i++)
            {
                var token = string.Create(CultureInfo.InvariantCulture, $"zq{round:D3}x{i:D2}");
                var bytes = i % 2 == 0
                    ? SampleFiles.Pdf($"Minutes {token}", $"The {Common} committee met.", $"Item {token} was approved.")
                    : SampleFiles.Docx($"Policy {token}", $"The {Common} policy.", $"Section {token} applies.");
                BatchInput.Write(folder, $"{token}.{(i % 2 == 0 ? "pdf" : "docx")}", bytes);
                tokens.Add(token);
            }

            try
            {
                var started = await api.StartBatchAsync(new IngestBatchRequestDto(folder, BatchInput.Source), CancellationToken.None);
                batches.Add(started.BatchId);
                tokens.ForEach(written.Enqueue);
                await Eventually.GetAsync(async () => (await api.GetBatchAsync(started.BatchId)) is { State: "completed" } b ? b : null, TimeSpan.FromMinutes(3), "batch " + started.BatchId);
            }
            catch (Exception ex) when (ex is HttpRequestException or Refit.ApiException)
            {
                errors.Enqueue($"ingest: {ex.GetType().Name}: {ex.Message}");
            }
        }

        return batches;
    }
}
