using System.Text.RegularExpressions;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using KnowledgeArchive.Worker.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeArchive.Worker.Tests.Jobs;

/// <summary>
/// The service with a PostgreSQL catalog hands a bulk batch to <c>ka-worker</c> processes through a real RabbitMQ;
/// whatever happens to a worker or the broker, the ledger, the catalog and the index end with every file once.
/// </summary>
[Collection(WorkersThroughBrokerTests.Collection)]
[Trait("Category", "Broker")]
public sealed partial class WorkersThroughBrokerTests(ITestOutputHelper output)
{
    public const string Collection = "workers through a broker";

    [Fact]
    public async Task Batch_ReadByTwoWorkers_IsIndexedInThePostgreSqlCatalog_EveryFileOnce()
    {
        await using var cluster = await WorkerCluster.StartAsync(workerCount: 2);
        try
        {
            var expected = WriteInput(cluster.InputDirectory, unique: 40, copies: 4);
            var batchId = (await cluster.Service.CreateApi().StartBatchAsync(new IngestBatchRequestDto(cluster.InputDirectory, BatchInput.Source))).BatchId;

            await AssertEveryFileOnceAsync(cluster, batchId, expected, unique: 40, copies: 4);
            Assert.All(cluster.Workers, w => Assert.Contains("Read doc-", w.Log, StringComparison.Ordinal));
        }
        finally
        {
            output.WriteLine(cluster.Logs());
        }
    }

    [Fact]
    [Trait("Category", "Fault")]
    public async Task WorkerKilledMidBatch_ItsJobsAreRedelivered_EveryFileIndexedExactlyOnce()
    {
        await using var cluster = await WorkerCluster.StartAsync(workerCount: 2);
        try
        {
            var expected = WriteInput(cluster.InputDirectory, unique: 300, copies: 6);
            var api = cluster.Service.CreateApi();
            var batchId = (await api.StartBatchAsync(new IngestBatchRequestDto(cluster.InputDirectory, BatchInput.Source))).BatchId;
            var victim = cluster.Workers[0];
            await Eventually.GetAsync(() => Task.FromResult(ReadLine().Count(victim.Log) >= 5 ? victim : null), TimeSpan.FromSeconds(180), "worker 1 to be reading");

            // A worker always holds jobs it has not acknowledged while the queue is not empty (it takes them ahead).
            await victim.KillAsync();
            output.WriteLine($"killed worker 1 after it read {ReadLine().Count(victim.Log)}, with {(await api.GetBatchAsync(batchId, files: false)).Counts.Indexed} indexed");

            await AssertEveryFileOnceAsync(cluster, batchId, expected, unique: 300, copies: 6);
            Assert.Matches("delivered again|answered from its stored result", cluster.Workers[1].Log);
        }
        finally
        {
            output.WriteLine(cluster.Logs());
        }
    }

    [Fact]
    [Trait("Category", "Fault")]
    public async Task BrokerKilledAndRestartedMidBatch_BatchCompletes_EveryFileIndexedExactlyOnce()
    {
        await using var cluster = await WorkerCluster.StartAsync(workerCount: 2);
        try
        {
            var expected = WriteInput(cluster.InputDirectory, unique: 300, copies: 6);
            var api = cluster.Service.CreateApi();
            var batchId = (await api.StartBatchAsync(new IngestBatchRequestDto(cluster.InputDirectory, BatchInput.Source))).BatchId;
            await Eventually.GetAsync(
                () => Task.FromResult(cluster.Workers.Sum(w => ReadLine().Count(w.Log)) >= 10 ? cluster : null), TimeSpan.FromSeconds(180), "the workers to be reading");

            await cluster.Broker.KillAsync();
            var atKill = (await api.GetBatchAsync(batchId, files: false)).Counts;
            await Task.Delay(TimeSpan.FromSeconds(3));
            await cluster.Broker.RestartAsync();
            output.WriteLine($"broker killed with {atKill.Indexed} indexed, {atKill.Pending} pending; restarted 3 s later");

            await AssertEveryFileOnceAsync(cluster, batchId, expected, unique: 300, copies: 6);
            Assert.All(cluster.Workers, w => Assert.False(w.HasExited));
        }
        finally
        {
            output.WriteLine(cluster.Logs());
        }
    }

    private static async Task AssertEveryFileOnceAsync(WorkerCluster cluster, string batchId, List<string> expectedPaths, int unique, int copies)
    {
        var api = cluster.Service.CreateApi();
        var batch = await Eventually.GetAsync(
            async () => (await api.GetBatchAsync(batchId)) is { State: "completed" } b ? b : null, TimeSpan.FromSeconds(300), "the batch to complete");

        Assert.Equal(new IngestCountsDto(unique + copies, unique, copies, 0, 0, 0), batch.Counts);
        Assert.Equal(expectedPaths.Order(StringComparer.Ordinal), batch.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        var documents = batch.Files.Where(f => f.Status == "indexed").Select(f => f.DocumentId!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(unique, documents.Count);
        Assert.Equal(unique, (await api.ListDocumentsAsync(status: "indexed")).Total);
        Assert.Equal(unique, (await api.SearchAsync("workertest", pageSize: 10)).Total);

        // Read by workers (maybe more than once, after a kill), committed by the service exactly once each.
        var committed = IndexedLine().Matches(cluster.Service.Log).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(documents.Order(StringComparer.Ordinal), committed.Order(StringComparer.Ordinal));
        var read = cluster.Workers.SelectMany(w => ReadLine().Matches(w.Log).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(documents, read);
    }

    // Unique PDFs and .docx files in folders and a zip, plus copies of some: every one a file for the ledger to account for.
    private static List<string> WriteInput(string input, int unique, int copies)
    {
        var paths = new List<string>();
        var zipped = new List<(string, byte[])>();
        for (var i = 0; i < unique; i++)
        {
            var text = $"workertest paper {i} about estates number{i}";
            var bytes = i % 3 == 0 ? SampleFiles.Docx($"Worker test {i}", text) : SampleFiles.Pdf($"Worker test {i}", text);
            var name = $"paper-{i:D3}.{(i % 3 == 0 ? "docx" : "pdf")}";
            if (i % 10 == 0)
            {
                zipped.Add(($"zipped/{name}", bytes));
                paths.Add($"bundle.zip!/zipped/{name}");
            }
            else
            {
                BatchInput.Write(input, $"folder-{i % 5}/{name}", bytes);
                paths.Add($"folder-{i % 5}/{name}");
            }

            if (i < copies)
            {
                BatchInput.Write(input, $"copies/{name}", bytes);
                paths.Add($"copies/{name}");
            }
        }

        BatchInput.Write(input, "bundle.zip", BatchInput.Zip([.. zipped]));
        return paths;
    }

    [GeneratedRegex(@"Indexed (doc-[0-9a-f]{20}) ")]
    private static partial Regex IndexedLine();

    [GeneratedRegex(@"Read (doc-[0-9a-f]{20}) ")]
    private static partial Regex ReadLine();
}

/// <summary>Keeps the broker tests apart: each runs a broker, a service and workers on a small machine.</summary>
[CollectionDefinition(WorkersThroughBrokerTests.Collection, DisableParallelization = true)]
public sealed class WorkersThroughBrokerRunAlone;
