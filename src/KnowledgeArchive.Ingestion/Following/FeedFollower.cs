using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Ingestion.Following;

/// <summary>
/// Keeps this node's index in step with the shared catalog: reads the change feed after the sequence the index's last
/// commit reached, indexes each changed document as the catalog holds it now (the same mapping as ingest, from
/// <see cref="StoredDocuments"/>) or takes it out of search when it is no longer indexed, and commits a batch with the
/// sequence it reaches. A new node, or one whose index was lost, starts from 0 and catches up by itself; a restarted
/// one resumes. Documents this node's own group commit indexed (<see cref="LocalCommits"/>) are passed over.
/// </summary>
public sealed class FeedFollower(
    ICatalogFeed feed,
    IDocumentCatalog catalog,
    StoredDocuments stored,
    ISearchIndex index,
    IndexTurns turns,
    LocalCommits local,
    IOptions<ArchiveOptions> options,
    ILogger<FeedFollower> logger) : BackgroundService, ISearchSequence
{
    private const int BatchSize = 256;

    private readonly SequenceSignal applied = new();
    private readonly SemaphoreSlim nudge = new(0, 1);

    public ValueTask<long> CurrentAsync(CancellationToken cancellationToken) => ValueTask.FromResult(applied.Current);

    public Task<long> WaitForAsync(long sequence, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (applied.Current < sequence)
        {
            Nudge();
        }

        return applied.WaitForAsync(sequence, wait, cancellationToken);
    }

    /// <summary>Asks for the feed now rather than at the next poll (this node's own commit has just added to it).</summary>
    public void Nudge()
    {
        try
        {
            nudge.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already asked.
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        local.Follow(Nudge);
        applied.Set(index.CatalogSequence);
        logger.LogInformation("The index follows the catalog's changes from sequence {Sequence}", index.CatalogSequence);
        await base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        nudge.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = options.Value.FeedPollInterval;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                int count;
                try
                {
                    count = await ApplyNextAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Could not apply the catalog's changes ({Message}); trying again shortly", ex.Message);
                    count = 0;
                    await Task.Delay(poll * 4, stoppingToken);
                }

                if (count < BatchSize)
                {
                    await nudge.WaitAsync(poll, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what was committed is kept with its sequence.
        }
    }

    /// <summary>Applies the next batch of changes; returns how many the feed gave.</summary>
    private async Task<int> ApplyNextAsync(CancellationToken cancellationToken)
    {
        using var turn = await turns.TakeAsync(cancellationToken);
        var changes = await feed.ChangesAfterAsync(index.CatalogSequence, BatchSize, cancellationToken);
        if (changes.Count == 0)
        {
            return 0;
        }

        var indexed = 0;
        foreach (var change in changes.Where(c => !local.Covers(c.Sequence)))
        {
            var record = await catalog.FindAsync(change.DocumentId, cancellationToken);
            if (record?.Status == DocumentStatus.Indexed)
            {
                await index.IndexAsync(await stored.LoadAsync(record, cancellationToken), cancellationToken);
                indexed++;
            }
            else
            {
                await index.DeleteAsync(change.DocumentId, cancellationToken);
            }
        }

        var through = changes[^1].Sequence;
        await index.CommitThroughAsync(through, cancellationToken);
        local.PassedThrough(through);
        applied.Set(through);
        logger.LogDebug("Applied catalog changes through {Sequence}: {Indexed} document(s) indexed", through, indexed);
        return changes.Count;
    }
}
