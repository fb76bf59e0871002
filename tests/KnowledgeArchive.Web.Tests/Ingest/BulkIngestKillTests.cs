using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeArchive.Web.Tests.Ingest;

// Runs on its own, after the other tests: its hundreds of extractions would starve their timeouts on a small machine.
[Collection(BulkIngestKillTests.Collection)]
public sealed class BulkIngestKillTests(ITestOutputHelper output) : IDisposable
{
    public const string Collection = "bulk ingest kill test";

    private const int UniqueFiles = 220;
    private const int DuplicateFiles = 12;
    private const int Kills = 4;

    private readonly string _root = Directory.CreateTempSubdirectory("ka-kill-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Service_KilledRepeatedlyDuringABatch_EndsWithEveryFileOnceInLedgerCatalogAndIndex()
    {
        var input = Path.Combine(_root, "input");
        var expectedPaths = WriteInput(input);
        var data = Path.Combine(_root, "data");
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");

        var service = await ServiceProcess.StartAsync(data);
        string batchId;
        try
        {
            batchId = (await service.CreateApi().StartBatchAsync(new IngestBatchRequestDto(input, BatchInput.Source))).BatchId;
            for (var kill = 0; kill < Kills; kill++)
            {
                // The first kill comes early, most often while files are still being listed and staged; the others during extraction.
                var delay = kill == 0 ? random.Next(20, 400) : random.Next(300, 6000);
                await Task.Delay(delay);
                var before = await service.CreateApi().GetBatchAsync(batchId, files: false);
                output.WriteLine($"kill {kill + 1} after {delay} ms: {before.State}, {before.Counts.Total - before.Counts.Pending}/{before.Counts.Total} done");
                await service.KillAsync();
                await service.DisposeAsync();
                service = await ServiceProcess.StartAsync(data);
            }

            var api = service.CreateApi();
            var batch = await Eventually.GetAsync(
                async () => (await api.GetBatchAsync(batchId)) is { State: "completed" } b ? b : null, TimeSpan.FromSeconds(240), "the batch to complete");

            Assert.Equal(new IngestCountsDto(UniqueFiles + DuplicateFiles, UniqueFiles, DuplicateFiles, 0, 0, 0), batch.Counts);
            Assert.Equal(expectedPaths.Order(StringComparer.Ordinal), batch.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
            Assert.Equal(UniqueFiles, batch.Files.Where(f => f.Status == "indexed").Select(f => f.DocumentId).Distinct().Count());
            Assert.Equal(UniqueFiles, (await api.ListDocumentsAsync()).Total);
            Assert.Equal(UniqueFiles, (await api.ListDocumentsAsync(status: "indexed")).Total);
            var health = await Eventually.GetAsync(async () => (await api.GetHealthAsync()) is { IndexedDocuments: >= UniqueFiles } h ? h : null, what: "the index to catch up");
            Assert.Equal(UniqueFiles, health.IndexedDocuments);
            var found = new HashSet<string>(StringComparer.Ordinal);
            for (var page = 1; page <= 3; page++)
            {
                var hits = await api.SearchAsync("killtest", page: page, pageSize: 100);
                Assert.Equal(UniqueFiles, hits.Total);
                found.UnionWith(hits.Hits.Select(h => h.DocumentId));
            }

            Assert.Equal(UniqueFiles, found.Count);
        }
        finally
        {
            output.WriteLine(service.Log.Length > 4000 ? service.Log[^4000..] : service.Log);
            await service.DisposeAsync();
        }
    }

    // Unique PDFs and .docx files in folders and in a zip, plus copies of some of them: every one a file to account for.
    private static List<string> WriteInput(string input)
    {
        var paths = new List<string>();
        var zipped = new List<(string, byte[])>();
        for (var i = 0; i < UniqueFiles; i++)
        {
            var text = $"killtest paper {i} about estates number{i}";
            var bytes = i % 3 == 0 ? SampleFiles.Docx($"Kill test {i}", text) : SampleFiles.Pdf($"Kill test {i}", text);
            var name = $"paper-{i:D3}.{(i % 3 == 0 ? "docx" : "pdf")}";
            if (i % 10 == 0)
            {
                zipped.Add(($"zipped/{name}", bytes));
                paths.Add($"bundle.zip!/zipped/{name}");
            }
            else
            {
                var relative = $"folder-{i % 7}/{name}";
                BatchInput.Write(input, relative, bytes);
                paths.Add(relative);
            }

            if (i < DuplicateFiles)
            {
                BatchInput.Write(input, $"copies/{name}", bytes);
                paths.Add($"copies/{name}");
            }
        }

        BatchInput.Write(input, "bundle.zip", BatchInput.Zip([.. zipped]));
        return paths;
    }
}

/// <summary>Keeps the kill test out of the parallel runs.</summary>
[CollectionDefinition(BulkIngestKillTests.Collection, DisableParallelization = true)]
public sealed class BulkIngestKillRunsAlone;
