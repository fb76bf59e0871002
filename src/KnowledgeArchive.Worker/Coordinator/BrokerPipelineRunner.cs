using System.Text.Json;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion.Pipeline;
using KnowledgeArchive.Worker.Broker;
using KnowledgeArchive.Worker.Jobs;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Worker.Coordinator;

/// <summary>
/// Reads documents on worker processes: sends each as a job through the broker, waits for a worker's answer and takes
/// its result from the shared store. What a user asks of one extraction (a password, OCR of every page) is read here,
/// so a password never leaves the service.
/// </summary>
public sealed class BrokerPipelineRunner(
    BrokerPublisher publisher,
    BrokerQueues queues,
    JobReplies replies,
    IJobResultStore results,
    IOriginalStore originals,
    LocalPipelineRunner local,
    IOptions<ArchiveOptions> options) : IPipelineRunner, IDisposable
{
    private readonly SemaphoreSlim handedOut = new(Math.Max(1, options.Value.Broker.InFlight));

    public int Capacity => Math.Max(1, options.Value.Broker.InFlight);

    public async Task<DocumentRun> RunAsync(DocumentRun run, DocumentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(record);
        if (run.OneOff is not null)
        {
            return await local.RunAsync(run, record, cancellationToken);
        }

        await handedOut.WaitAsync(cancellationToken);
        var job = new ReadJob(Guid.NewGuid().ToString("N"), record.DocumentId, record.Sha256, record.FileName, record.Metadata);
        var answer = replies.Expect(job.JobId);
        try
        {
            await publisher.PublishAsync(queues.Jobs, JsonSerializer.SerializeToUtf8Bytes(job, JobJson.Default.ReadJob), job.JobId, cancellationToken);
            var done = await answer.WaitAsync(cancellationToken);
            if (done.Error is { } error)
            {
                throw new WorkerFaultException($"a worker could not read {record.DocumentId}: {error}");
            }

            var result = await results.TakeAsync(job.Sha256, job.JobId, cancellationToken)
                ?? throw new WorkerFaultException($"the result of job {job.JobId} for {record.DocumentId} is missing from the shared store");
            return Apply(run, result);
        }
        finally
        {
            replies.Forget(job.JobId);
            handedOut.Release();
        }
    }

    public void Dispose() => handedOut.Dispose();

    private DocumentRun Apply(DocumentRun run, JobResult result)
    {
        var outcome = result.Extraction.ToOutcome();
        run.Format = outcome.Format;
        run.ExtractorVersion = outcome.ExtractorVersion;
        run.Version = result.Version;
        run.OwnTime = TimeSpan.FromMilliseconds(result.OwnMilliseconds);
        if (!outcome.Result.Succeeded)
        {
            run.Failure = outcome.Result.Failure;
            return run;
        }

        var attachments = result.Attachments.Select(a => new ExtractedAttachment(a.FileName, originals.PathOf(a.Sha256), a.SizeBytes)).ToList();
        run.Document = outcome.Result.Document with { Attachments = attachments };
        run.Enrichment = result.Enrichment;
        run.Title = result.Title;
        return run;
    }
}
