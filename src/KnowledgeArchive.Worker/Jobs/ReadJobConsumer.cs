using System.Text.Json;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Worker.Broker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Worker.Jobs;

/// <summary>
/// The worker's loop: takes jobs from the broker a few at a time, reads each, answers the service, and only then
/// acknowledges the job. A worker killed mid-job never acknowledges it, so the broker hands it to another.
/// </summary>
public sealed class ReadJobConsumer(
    BrokerConnection connection,
    BrokerQueues queues,
    BrokerPublisher publisher,
    ReadJobHandler handler,
    IOptions<ArchiveOptions> options,
    ILogger<ReadJobConsumer> logger) : BrokerConsumer(connection, queues, logger)
{
    protected override string Queue => Queues.Jobs;

    protected override int Concurrency => WorkerConcurrency(options.Value.Broker);

    /// <summary>Documents one worker reads at once: as configured, else one per core, at most four.</summary>
    public static int WorkerConcurrency(BrokerOptions broker)
    {
        ArgumentNullException.ThrowIfNull(broker);
        return broker.WorkerConcurrency > 0 ? broker.WorkerConcurrency : Ingestion.Pipeline.LocalPipelineRunner.Slots;
    }

    protected override async Task HandleAsync(ReadOnlyMemory<byte> body, bool redelivered, CancellationToken cancellationToken)
    {
        var job = JsonSerializer.Deserialize(body.Span, JobJson.Default.ReadJob);
        if (job is null)
        {
            Logger.LogWarning("An empty job was dropped");
            return;
        }

        ReadJobDone done;
        try
        {
            done = await handler.HandleAsync(job, redelivered, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A system fault (disk full, store unreachable): the service is told, and the document stays pending there.
            Logger.LogError(ex, "Reading {DocumentId} failed", job.DocumentId);
            done = new ReadJobDone(job.JobId, job.Sha256, $"worker {Environment.MachineName}: {ex.Message}");
        }

        var reply = JsonSerializer.SerializeToUtf8Bytes(done, JobJson.Default.ReadJobDone);
        await publisher.PublishAsync(Queues.Replies, reply, done.JobId, cancellationToken);
    }
}
