using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion.Following;
using KnowledgeArchive.Ingestion.Pipeline;
using KnowledgeArchive.Ingestion.Sensitivity;
using KnowledgeArchive.Ingestion.Timing;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Ingestion;

/// <summary>
/// Adds many documents to the index and commits it once, writes their catalog records in one transaction, and only
/// then shows them to searches. A document waits until half of the documents in work are waiting (a lone document does
/// not wait; the others are read meanwhile, so reading never stops for a commit), the group is full, or the oldest has
/// waited <see cref="MaxWait"/>. So a search never returns a document the catalog does not hold as indexed, and
/// whoever reads a document or a batch as indexed can search for it at once (the catalog holds such reads back while
/// it shows searches a save, <see cref="IDocumentCatalog.SaveAllAsync"/>); a crash before the catalog write leaves the
/// documents pending, to be processed again at the next start (indexing replaces by id).
/// </summary>
/// <remarks>
/// Where this node's index also follows the catalog's change feed (<see cref="FeedFollower"/>), a group takes its turn
/// at the index with the follower and tells it which sequences it took (<see cref="LocalCommits"/>), so the follower
/// passes over what the group has indexed already.
/// A group also restricts the papers that the private minutes of their meeting record (<see cref="PrivateSessionPapers"/>),
/// its own and those already indexed, in the same commit: never shown public once the minutes say private; and places
/// documents under the CCG and ICB the archive now knows for their organisation (<see cref="ArchiveOrganisations"/>),
/// amending those committed before when its documents say where an organisation's duties went.
/// </remarks>
public sealed partial class GroupCommit(
    ISearchIndex index,
    IDocumentCatalog catalog,
    PrivateSessionPapers privatePapers,
    ArchiveOrganisations organisations,
    StoredDocuments stored,
    IArchiveChanges changes,
    IngestTimings timings,
    IndexTurns turns,
    LocalCommits local,
    ILogger<GroupCommit> logger) : IDisposable
{
    /// <summary>Longest a document waits for others to join its commit (so also the most it adds to time to searchable).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(1);

    private const int MaxGroup = 256;

    private readonly Lock gate = new();
    private readonly SemaphoreSlim signal = new(0);
    private List<Waiter> waiting = [];
    private DateTimeOffset oldest;
    private int inWork;
    private bool draining;

    /// <summary>Marks a document as in work until disposed, so a commit waits for it when it is about to join.</summary>
    public InWork Enter()
    {
        Interlocked.Increment(ref inWork);
        return new InWork(this);
    }

    /// <summary>
    /// Completes when the catalog holds the entry (when given) and the index has committed the document (when given)
    /// and every change made to it before.
    /// </summary>
    public Task CommitAsync(CatalogEntry? entry, IndexedDocument? document, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(entry, document, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool start;
        lock (gate)
        {
            if (waiting.Count == 0)
            {
                oldest = DateTimeOffset.UtcNow;
            }

            waiting.Add(waiter);
            start = !draining;
            draining = true;
        }

        if (start)
        {
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }
        else
        {
            Pulse();
        }

        return waiter.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Takes an indexed document out of search (it is to be quarantined) and out of what the archive knows of
    /// organisations; completes once the index has committed its removal.
    /// </summary>
    public async Task WithdrawAsync(string documentId, CancellationToken cancellationToken)
    {
        await index.DeleteAsync(documentId, cancellationToken);
        organisations.Withdraw(documentId);
        await CommitAsync(null, null, cancellationToken);
    }

    public void Dispose() => signal.Dispose();

    private void Leave()
    {
        Interlocked.Decrement(ref inWork);
        Pulse();
    }

    private void Pulse()
    {
        if (signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<Waiter> group;
            TimeSpan wait;
            lock (gate)
            {
                if (waiting.Count == 0)
                {
                    draining = false;
                    return;
                }

                wait = MaxWait - (DateTimeOffset.UtcNow - oldest);
                if (Ready(waiting.Count, Volatile.Read(ref inWork)) || wait <= TimeSpan.Zero)
                {
                    group = waiting;
                    waiting = [];
                }
                else
                {
                    group = [];
                }
            }

            if (group.Count == 0)
            {
                await signal.WaitAsync(wait);
                continue;
            }

            await CommitAsync(group);
        }
    }

    /// <summary>
    /// Whether <paramref name="waiting"/> documents make a group, of the <paramref name="inWork"/> in work (the waiting
    /// among them): once they are at least half (so a lone document never waits, and the other half are read while the
    /// group commits: reading never stops for a commit), or the group is full.
    /// </summary>
    public static bool Ready(int waiting, int inWork) => waiting * 2 >= inWork || waiting >= MaxGroup;

    private async Task CommitAsync(List<Waiter> group)
    {
        try
        {
            var (placed, amended) = await organisations.ApplyAsync([.. group.Where(w => w.Entry is not null).Select(w => w.Entry!)], CancellationToken.None);
            group = [.. group.Select(w => Placed(w, placed))];
            var restrictions = await privatePapers.FindAsync([.. group.Where(w => w.Entry is not null).Select(w => w.Entry!)], CancellationToken.None);
            group = [.. group.Select(w => Restricted(w, restrictions))];
            var earlier = restrictions.Where(r => !group.Any(w => w.Entry?.Record.DocumentId == r.DocumentId)).ToList();
            using (await turns.TakeAsync(CancellationToken.None))
            {
                await WriteAsync(group, earlier, amended);
            }

            foreach (var restriction in restrictions)
            {
                logger.LogInformation("Restricted {DocumentId}: {Basis}", restriction.DocumentId, restriction.Basis);
            }

            changes.DocumentsChanged();
            group.ForEach(w => w.Done.TrySetResult());
        }
        catch (Exception ex)
        {
            // A system error (disk full, catalog locked): each document's own processing reports it and stays pending.
            group.ForEach(w => w.Done.TrySetException(ex));
        }
    }

    /// <summary>Indexes the group and the earlier documents it amends, commits the index, then the catalog, then shows searches.</summary>
    private async Task WriteAsync(List<Waiter> group, List<Restriction> earlier, IReadOnlyList<OrganisationAmendment> amended)
    {
        using (timings.Measure(IngestStage.IndexAdd))
        {
            foreach (var waiter in group.Where(w => w.Document is not null))
            {
                await index.IndexAsync(waiter.Document!, CancellationToken.None);
            }

            foreach (var id in earlier.Select(r => r.DocumentId).Union(amended.Select(a => a.DocumentId)).Distinct(StringComparer.Ordinal))
            {
                if (await catalog.FindAsync(id, CancellationToken.None) is { } record)
                {
                    await index.IndexAsync(await Amended(record, earlier.FirstOrDefault(r => r.DocumentId == id), amended.FirstOrDefault(a => a.DocumentId == id)), CancellationToken.None);
                }
            }
        }

        using (timings.Measure(IngestStage.IndexCommit))
        {
            await index.CommitUnpublishedAsync(CancellationToken.None);
        }

        using (timings.Measure(IngestStage.CatalogWrite))
        {
            var span = await catalog.SaveAllAsync([.. group.Where(w => w.Entry is not null).Select(w => w.Entry!)], new CatalogAmendments(earlier, amended), index.Publish, CancellationToken.None);
            local.Add(span);
        }
    }

    /// <summary>An earlier document as the index is to hold it now: restricted, placed under another CCG or ICB, or both.</summary>
    private async Task<IndexedDocument> Amended(DocumentRecord record, Restriction? restriction, OrganisationAmendment? placement)
    {
        var amended = restriction is null ? record : Restrict(record, restriction);
        if (placement is null)
        {
            return await stored.LoadAsync(amended, CancellationToken.None);
        }

        amended = amended with { Metadata = amended.Metadata with { Ccg = placement.Ccg, Icb = placement.Icb } };
        var document = await stored.LoadAsync(amended, CancellationToken.None);
        return document with { Decisions = [.. document.Decisions.Select(d => d with { Ccg = placement.Ccg, Icb = placement.Icb })] };
    }

    /// <summary>A waiter with its entry (and the document to index) as the organisation rule placed it.</summary>
    private static Waiter Placed(Waiter waiter, IReadOnlyList<CatalogEntry> placed)
    {
        if (waiter.Entry is null || placed.FirstOrDefault(e => e.Record.DocumentId == waiter.Entry.Record.DocumentId) is not { } entry || ReferenceEquals(entry, waiter.Entry))
        {
            return waiter;
        }

        return waiter with
        {
            Entry = entry,
            Document = waiter.Document is null ? null : waiter.Document with { Record = entry.Record, Decisions = entry.Enrichment?.Decisions ?? waiter.Document.Decisions },
        };
    }

    private static Waiter Restricted(Waiter waiter, IReadOnlyList<Restriction> restrictions)
    {
        var id = waiter.Entry?.Record.DocumentId ?? waiter.Document?.Record.DocumentId;
        return restrictions.FirstOrDefault(r => r.DocumentId == id) is not { } restriction
            ? waiter
            : waiter with
            {
                Entry = waiter.Entry is null ? null : waiter.Entry with { Record = Restrict(waiter.Entry.Record, restriction) },
                Document = waiter.Document is null ? null : waiter.Document with { Record = Restrict(waiter.Document.Record, restriction) },
            };
    }

    private static DocumentRecord Restrict(DocumentRecord record, Restriction restriction) =>
        record with { Metadata = record.Metadata with { Session = Sessions.Private, Sensitivity = Sensitivities.Restricted, SensitivityBasis = restriction.Basis } };

    private void Rejoin() => Interlocked.Increment(ref inWork);

    private sealed record Waiter(CatalogEntry? Entry, IndexedDocument? Document, TaskCompletionSource Done);
}
