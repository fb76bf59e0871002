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
public sealed class WorkersThroughBrokerTests(ITestOutputHelper output)
{
    public const string Collection = "workers through a broker";

    [Fact]
    public async Task Batch_ReadByTwoWorkers_IsIndexedInThePostgreSqlCatalog_EveryFileOnce()
    {
        await using var cluster = await WorkerCluster.StartAsync(workerCount: 2);
        try
        {
            var expected = BrokerBatches.WriteInput(cluster.InputDirectory, unique: 40, copies: 4);
            var batchId = (await cluster.Service.CreateApi().StartBatchAsync(new IngestBatchRequestDto(cluster.InputDirectory, BatchInput.Source))).BatchId;

            await BrokerBatches.AssertEveryFileOnceAsync(cluster, batchId, expected, unique: 40, copies: 4);
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
            var expected = BrokerBatches.WriteInput(cluster.InputDirectory, unique: 300, copies: 6);
            var api = cluster.Service.CreateApi();
            var batchId = (await api.StartBatchAsync(new IngestBatchRequestDto(cluster.InputDirectory, BatchInput.Source))).BatchId;
            var victim = cluster.Workers[0];
            await Eventually.GetAsync(() => Task.FromResult(BrokerBatches.ReadLine().Count(victim.Log) >= 5 ? victim : null), TimeSpan.FromSeconds(180), "worker 1 to be reading");

            // A worker always holds jobs it has not acknowledged while the queue is not empty (it takes them ahead).
            await victim.KillAsync();
            output.WriteLine($"killed worker 1 after it read {BrokerBatches.ReadLine().Count(victim.Log)}, with {(await api.GetBatchAsync(batchId, files: false)).Counts.Indexed} indexed");

            await BrokerBatches.AssertEveryFileOnceAsync(cluster, batchId, expected, unique: 300, copies: 6);
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
            var expected = BrokerBatches.WriteInput(cluster.InputDirectory, unique: 300, copies: 6);
            var api = cluster.Service.CreateApi();
            var batchId = (await api.StartBatchAsync(new IngestBatchRequestDto(cluster.InputDirectory, BatchInput.Source))).BatchId;
            await Eventually.GetAsync(
                () => Task.FromResult(cluster.Workers.Sum(w => BrokerBatches.ReadLine().Count(w.Log)) >= 10 ? cluster : null), TimeSpan.FromSeconds(180), "the workers to be reading");

            await cluster.Broker.KillAsync();
            var atKill = (await api.GetBatchAsync(batchId, files: false)).Counts;
            await Task.Delay(TimeSpan.FromSeconds(3));
            await cluster.Broker.RestartAsync();
            output.WriteLine($"broker killed with {atKill.Indexed} indexed, {atKill.Pending} pending; restarted 3 s later");

            await BrokerBatches.AssertEveryFileOnceAsync(cluster, batchId, expected, unique: 300, copies: 6);
            Assert.All(cluster.Workers, w => Assert.False(w.HasExited));
        }
        finally
        {
            output.WriteLine(cluster.Logs());
        }
    }
}

/// <summary>Keeps the broker tests apart: each runs a broker, a service and workers on a small machine.</summary>
[CollectionDefinition(WorkersThroughBrokerTests.Collection, DisableParallelization = true)]
public sealed class WorkersThroughBrokerRunAlone;
