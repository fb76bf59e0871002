using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using KnowledgeArchive.Worker.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeArchive.Worker.Tests.Jobs;

/// <summary>
/// The catalog's PostgreSQL server stopped (<c>pg_ctl stop -m fast</c>) in the middle of a batch read by workers, and
/// started again a few seconds later: the service waits for it, saying so, and the batch resumes and ends with every
/// file once in the ledger, the catalog and the index.
/// </summary>
[Collection(WorkersThroughBrokerTests.Collection)]
[Trait("Category", "Broker")]
public sealed class CatalogRestartTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Fault")]
    public async Task PostgreSqlRestartedMidBatch_BatchResumes_EveryFileIndexedExactlyOnce()
    {
        using var database = PostgreSqlCluster.Start();
        await using var cluster = await WorkerCluster.StartAsync(workerCount: 2, database.ConnectionString);
        try
        {
            var expected = BrokerBatches.WriteInput(cluster.InputDirectory, unique: 300, copies: 6);
            var api = cluster.Service.CreateApi();
            var batchId = (await api.StartBatchAsync(new IngestBatchRequestDto(cluster.InputDirectory, BatchInput.Source))).BatchId;

            // Stopped while files are still being staged and documents read: both must resume.
            await Eventually.GetAsync(
                () => Task.FromResult(cluster.Service.Log.Contains("file(s) listed", StringComparison.Ordinal) ? cluster : null), TimeSpan.FromSeconds(60), "the batch to be listed");
            await Task.Delay(TimeSpan.FromSeconds(3));
            database.Stop();
            var stoppedAt = BrokerBatches.IndexedLine().Count(cluster.Service.Log);
            await Task.Delay(TimeSpan.FromSeconds(5));
            database.StartAgain();
            output.WriteLine($"PostgreSQL stopped with {stoppedAt} documents committed; started again 5 s later");
            output.WriteLine(cluster.Service.Log.Contains("paused", StringComparison.Ordinal) ? "staging was paused" : "staging had finished");

            await BrokerBatches.AssertEveryFileOnceAsync(cluster, batchId, expected, unique: 300, copies: 6);
            Assert.Contains("The catalog at 127.0.0.1", cluster.Service.Log, StringComparison.Ordinal);
            Assert.Contains("cannot be reached", cluster.Service.Log, StringComparison.Ordinal);
            Assert.Contains("answers again after", cluster.Service.Log, StringComparison.Ordinal);
        }
        finally
        {
            output.WriteLine(cluster.Logs());
        }
    }
}
