using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Extraction.Isolation;
using KnowledgeArchive.Ingestion.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Worker.Jobs;

/// <summary>
/// Reads one document for the service: the original from the shared store, through the same pipeline steps the
/// service runs, its result (and an email's attachments) back into the shared store. Idempotent: a job delivered again
/// whose result is already stored is answered from it, not read twice. A file whose reading has stopped a worker before
/// is read alone (<see cref="ReadingTurns"/>), and once it has stopped workers
/// <see cref="BrokerOptions.MaxWorkerCrashes"/> times that way it is answered as quarantined, not read again.
/// </summary>
public sealed class ReadJobHandler(
    IOriginalStore originals,
    IJobResultStore results,
    DocumentPipeline pipeline,
    ProcessingVersion version,
    ArchivePaths paths,
    ReadAttempts attempts,
    ReadingTurns turns,
    IOptions<ArchiveOptions> options,
    ILogger<ReadJobHandler> logger)
{
    public async Task<ReadJobDone> HandleAsync(ReadJob job, bool redelivered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (results.Exists(job.Sha256, job.JobId))
        {
            logger.LogInformation("{DocumentId} job {JobId} delivered again: answered from its stored result", job.DocumentId, job.JobId);
            return new ReadJobDone(job.JobId, job.Sha256);
        }

        if (!originals.Exists(job.Sha256))
        {
            // A worker that cannot see the shared store must not quarantine documents as missing: the service logs it, the document stays pending.
            return new ReadJobDone(job.JobId, job.Sha256, $"the original {job.Sha256} is not in this worker's shared store ({paths.OriginalsDirectory}): is Archive:SharedDirectory the folder the service uses?");
        }

        var (stoppedAlone, stoppedWithOthers) = attempts.Stopped(job.Sha256);
        if (stoppedAlone >= Math.Max(1, options.Value.Broker.MaxWorkerCrashes))
        {
            return await SetAsideAsync(job, stoppedAlone, cancellationToken);
        }

        var readAlone = stoppedAlone + stoppedWithOthers > 0;
        using var turn = await turns.TakeAsync(readAlone, cancellationToken);
        var attached = Path.Combine(paths.WorkDirectory, "attachments", job.JobId);
        try
        {
            using var reading = attempts.Begin(job.Sha256, readAlone);
            logger.LogInformation(
                "Reading {DocumentId} {FileName}{Alone}",
                job.DocumentId,
                job.FileName,
                readAlone ? $" alone: reading it stopped a worker {stoppedAlone + stoppedWithOthers} time(s)" : string.Empty);
            var run = await pipeline.RunAsync(new DocumentRun(originals.PathOf(job.Sha256), job.DocumentId, job.FileName, job.Defaults) { AttachmentsDirectory = attached }, cancellationToken);
            var attachments = await StoreAttachmentsAsync(run.Document?.Attachments ?? [], cancellationToken);
            await results.SaveAsync(job.Sha256, job.JobId, ResultOf(run, attachments), cancellationToken);
            attempts.Clear(job.Sha256);
            logger.LogInformation(
                "Read {DocumentId} {FileName}{Redelivered}: {Outcome} in {Milliseconds} ms",
                job.DocumentId,
                job.FileName,
                redelivered ? " (delivered again)" : string.Empty,
                run.Failure is { } failure ? failure.Code : $"{run.Document!.Pages.Count} page(s)",
                (long)run.OwnTime.TotalMilliseconds);
            return new ReadJobDone(job.JobId, job.Sha256);
        }
        finally
        {
            if (Directory.Exists(attached))
            {
                Directory.Delete(attached, recursive: true);
            }
        }
    }

    /// <summary>Answers with the file quarantined: read again, it would only stop another worker.</summary>
    private async Task<ReadJobDone> SetAsideAsync(ReadJob job, int stopped, CancellationToken cancellationToken)
    {
        var reason = new QuarantineReason(
            QuarantineCodes.WorkerCrashed,
            $"reading this file stopped the worker {stopped} times, each time with nothing else being read, so it is not handed out again " +
            $"(Archive:Broker:MaxWorkerCrashes is {options.Value.Broker.MaxWorkerCrashes}); the original is kept: re-run it once a newer build reads it");
        var reply = ExtractReply.From(new ExtractionOutcome(FileFormat.Unknown, ExtractionResult.Fail(reason), string.Empty));
        await results.SaveAsync(job.Sha256, job.JobId, new JobResult(version.For(FileFormat.Unknown), reply, null, null, 0, []), cancellationToken);
        attempts.Clear(job.Sha256);
        logger.LogWarning("Set aside {DocumentId} {FileName}: {Reason}", job.DocumentId, job.FileName, reason);
        return new ReadJobDone(job.JobId, job.Sha256);
    }

    private JobResult ResultOf(DocumentRun run, IReadOnlyList<SharedAttachment> attachments)
    {
        var extraction = run.Failure is { } failure ? ExtractionResult.Fail(failure) : ExtractionResult.Success(run.Document! with { Attachments = [] });
        var reply = ExtractReply.From(new ExtractionOutcome(run.Format, extraction, run.ExtractorVersion ?? string.Empty));
        return run.Failure is null
            ? new JobResult(version.For(run.Format), reply, run.Enrichment, run.Title, (long)run.OwnTime.TotalMilliseconds, attachments)
            : new JobResult(version.For(run.Format), reply, null, null, (long)run.OwnTime.TotalMilliseconds, []);
    }

    private async Task<IReadOnlyList<SharedAttachment>> StoreAttachmentsAsync(IReadOnlyList<ExtractedAttachment> attachments, CancellationToken cancellationToken)
    {
        var stored = new List<SharedAttachment>(attachments.Count);
        foreach (var attachment in attachments)
        {
            await using var content = File.OpenRead(attachment.Path);
            var original = await originals.SaveAsync(content, cancellationToken);
            stored.Add(new SharedAttachment(attachment.FileName, original.Sha256, original.SizeBytes));
        }

        return stored;
    }
}
