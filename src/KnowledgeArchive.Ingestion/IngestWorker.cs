using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Ingestion;

/// <summary>
/// The ingest worker: at start-up re-queues what a previous run left pending and re-indexes documents the index lacks;
/// then processes queued documents, a few at a time. A failure on one document is logged and never stops the worker; a
/// document whose processing met the catalog away (its database restarting) is processed again once it is back. A
/// document whose scanned pages go to wait for OCR frees its loop at once, so waiting scans never fill the documents
/// in work and starve born-digital ones; it finishes in the background, and shutting down waits for it.
/// </summary>
public sealed class IngestWorker(
    IngestBacklog queue,
    DocumentProcessor processor,
    IDocumentCatalog catalog,
    ISearchIndex index,
    IPipelineRunner runner,
    ICatalogAvailability availability,
    ISearchSequence searchSequence,
    ILogger<IngestWorker> logger) : BackgroundService
{
    // A failure that keeps looking like an outage while the catalog answers in between is a fault after all.
    private const int MaxOutageAttempts = 10;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Task, byte> aside = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Many more loops than documents in reading: while some documents are read, others wait for their group's
        // commit, so one index commit and one catalog transaction serve many documents; a group commits once half the
        // loops wait in it, and the other half keep reading meanwhile. 64 a reading slot: with workers compiled to
        // native code, 32 were read faster than their group committed, and the slots waited (docs/benchmarks.md).
        var loops = Enumerable.Range(0, runner.Capacity * 64).Select(_ => ConsumeAsync(stoppingToken)).ToList();
        try
        {
            await ReconcileAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down during start-up.
        }

        await Task.WhenAll(loops);
        await Task.WhenAll(aside.Keys);
    }

    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var pending = await catalog.ListIdsAsync(DocumentStatus.Pending, cancellationToken);
        foreach (var id in pending)
        {
            await queue.EnqueueAsync(id, cancellationToken);
        }

        var missing = 0;
        // An index that follows the catalog's feed is rebuilt by its follower, from the sequence its last commit reached.
        var rebuiltByFollower = searchSequence is Following.FeedFollower;
        foreach (var id in rebuiltByFollower ? [] : await catalog.ListIdsAsync(DocumentStatus.Indexed, cancellationToken))
        {
            if (!index.Contains(id))
            {
                missing++;
                await queue.EnqueueAsync(id, cancellationToken);
            }
        }

        var stale = await catalog.ListProcessedByOtherVersionsAsync(processor.CurrentVersion, cancellationToken);
        foreach (var id in stale)
        {
            await queue.EnqueueAsync(id, cancellationToken);
        }

        if (pending.Count > 0 || missing > 0 || stale.Count > 0)
        {
            logger.LogInformation(
                "Resuming: {Pending} pending document(s) queued, {Missing} to re-index, {Stale} to process again with newer rules",
                pending.Count,
                missing,
                stale.Count);
        }
    }

    private async Task ConsumeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var id in queue.ReadAllAsync(cancellationToken))
            {
                var steppedAside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var processing = ProcessAsync(id, () => steppedAside.TrySetResult(), cancellationToken);
                if (await Task.WhenAny(processing, steppedAside.Task) == processing)
                {
                    await processing;
                }
                else
                {
                    aside.TryAdd(processing, 0);
                    _ = processing.ContinueWith(t => aside.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Processes the document until it is done, again each time it met the catalog away.</summary>
    private async Task ProcessAsync(string id, Action steppedAside, CancellationToken cancellationToken)
    {
        try
        {
            for (var attempt = 1; !await TryProcessAsync(id, attempt, steppedAside, cancellationToken); attempt++)
            {
                await availability.WaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the document stays pending, to be processed at the next start.
        }
    }

    /// <summary>Processes the document; false when the catalog was away, so it is to be processed again once it is back.</summary>
    private async Task<bool> TryProcessAsync(string id, int attempt, Action steppedAside, CancellationToken cancellationToken)
    {
        try
        {
            await processor.ProcessAsync(id, steppedAside, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (attempt < MaxOutageAttempts && availability.IsOutage(ex))
        {
            // Nothing of it was committed (the catalog's transaction is all or nothing): it is processed again, whole.
            logger.LogDebug("Processing {DocumentId} met the catalog away ({Reason}); it is processed again once the catalog is back", id, ex.Message);
            return false;
        }
        catch (Exception ex)
        {
            // The document stays pending and is retried at the next start.
            logger.LogError(ex, "Processing {DocumentId} failed; it stays pending", id);
        }

        return true;
    }
}
