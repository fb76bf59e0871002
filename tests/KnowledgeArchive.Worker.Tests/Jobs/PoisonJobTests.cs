using System.Security.Cryptography;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Web.Tests.Infrastructure;
using KnowledgeArchive.Worker.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeArchive.Worker.Tests.Jobs;

/// <summary>
/// A file whose reading stops every worker that takes it (here each worker is killed with SIGKILL, children and all,
/// as soon as it starts reading that file, as an out-of-memory killer would) is not handed out for ever: it is read
/// alone, then set aside as <c>worker_crashed</c>, and the batch completes with every file accounted for once.
/// </summary>
[Collection(WorkersThroughBrokerTests.Collection)]
[Trait("Category", "Broker")]
public sealed class PoisonJobTests(ITestOutputHelper output)
{
    private const int MaxWorkerCrashes = 3;

    [Fact]
    [Trait("Category", "Fault")]
    public async Task FileThatStopsEveryWorker_IsQuarantinedAsWorkerCrashed_AndTheBatchCompletesEveryFileOnce()
    {
        await using var cluster = await WorkerCluster.StartAsync(workerCount: 2);
        var kills = 0;
        try
        {
            var expected = BrokerBatches.WriteInput(cluster.InputDirectory, unique: 40, copies: 4);
            var poison = SampleFiles.ScannedPdf("Minutes read by OCR", "poisonous page one", "poisonous page two", "poisonous page three");
            BatchInput.Write(cluster.InputDirectory, "scans/poison.pdf", poison);
            var poisonId = DocumentIds.FromSha256(Convert.ToHexStringLower(SHA256.HashData(poison)));
            var api = cluster.Service.CreateApi();
            var batchId = (await api.StartBatchAsync(new IngestBatchRequestDto(cluster.InputDirectory, BatchInput.Source))).BatchId;

            using var stop = new CancellationTokenSource();
            var killer = KillEveryReaderOfAsync(cluster, poisonId, () => kills++, stop.Token);
            IngestBatchDto batch;
            try
            {
                batch = await BrokerBatches.AssertEveryFileOnceAsync(cluster, batchId, expected, unique: 40, copies: 4, "scans/poison.pdf");
            }
            finally
            {
                await stop.CancelAsync();
                await killer;
            }

            var file = Assert.Single(batch.Files, f => f.Path == "scans/poison.pdf");
            Assert.Equal(QuarantineCodes.WorkerCrashed, file.ReasonCode);
            Assert.Contains($"stopped the worker {MaxWorkerCrashes} times", file.Reason, StringComparison.Ordinal);
            var document = await api.GetDocumentAsync(poisonId);
            Assert.Equal(("quarantined", QuarantineCodes.WorkerCrashed), (document.Status, document.QuarantineCode));

            // Once read beside others, then alone until the limit: never handed out without end.
            Assert.InRange(kills, MaxWorkerCrashes, MaxWorkerCrashes + 1);
            Assert.Contains($"Set aside {poisonId}", string.Concat(cluster.Workers.Select(w => w.Log)), StringComparison.Ordinal);
        }
        finally
        {
            output.WriteLine($"workers killed: {kills}");
            output.WriteLine(cluster.Logs());
        }
    }

    /// <summary>Kills each worker the moment it starts reading the document, and starts another in its place.</summary>
    private async Task KillEveryReaderOfAsync(WorkerCluster cluster, string documentId, Action killed, CancellationToken cancellationToken)
    {
        var reading = $"Reading {documentId} ";
        var replacements = new List<Task<WorkerProcess>>();
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var worker in cluster.Workers.Where(w => !w.HasExited && w.Log.Contains(reading, StringComparison.Ordinal)))
            {
                await worker.KillAsync(withChildren: true);
                killed();
                output.WriteLine($"killed a worker reading {documentId}");

                // Not waited for here: the other worker may take the file meanwhile, and must be caught at it.
                replacements.Add(cluster.AddWorkerAsync());
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(replacements);
    }
}
