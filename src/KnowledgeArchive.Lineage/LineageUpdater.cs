using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Keeps the lineage graph up to date: after documents change (and once at start-up) it recomputes the whole graph
/// from the catalog, a short while after the last change so a batch is resolved once, not per file. Each link's
/// evidence is put on the page that prints it (<see cref="EvidencePages"/>).
/// </summary>
public sealed class LineageUpdater(IDecisionStore decisions, ILineageStore lineage, IDocumentCatalog catalog, LineageBuilder builder, ILogger<LineageUpdater> logger) : BackgroundService, IArchiveChanges
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    // During a long batch the archive is never quiet: bring the graph up to date at least this often.
    private static readonly TimeSpan MaxStaleness = TimeSpan.FromSeconds(15);
    private readonly SemaphoreSlim changed = new(0, 1);
    private int generation;

    public void DocumentsChanged()
    {
        Interlocked.Increment(ref generation);
        try
        {
            changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // A recomputation is already due.
        }
    }

    /// <summary>Recomputes the graph now.</summary>
    public async Task UpdateAsync(CancellationToken cancellationToken)
    {
        // The graph holds every link; each read leaves out what its caller may not see.
        var all = await decisions.AllDecisionsAsync(RecordScope.All, cancellationToken);
        var graph = builder.Build(
            all,
            await decisions.AllCitationsAsync(cancellationToken),
            await decisions.AllPoliciesAsync(RecordScope.All, cancellationToken),
            await decisions.DocumentHashesAsync(cancellationToken));
        var edges = await EvidencePages.PlaceAsync(graph.Edges, id => catalog.GetPagesAsync(id, cancellationToken));
        await lineage.ReplaceAsync(edges, graph.Unresolved, graph.Cited, cancellationToken);
        logger.LogInformation("Lineage: {Edges} link(s) between {Decisions} decision(s) and {Cited} known only from citations; {Unresolved} citation(s) unresolved", graph.Edges.Count, all.Count, graph.Cited.Count, graph.Unresolved.Count);
    }

    public override void Dispose()
    {
        changed.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var waitingSince = DateTimeOffset.UtcNow;
            while (!stoppingToken.IsCancellationRequested)
            {
                var seen = Volatile.Read(ref generation);
                await Task.Delay(Quiet, stoppingToken);
                if (seen != Volatile.Read(ref generation) && DateTimeOffset.UtcNow - waitingSince < MaxStaleness)
                {
                    continue; // still changing: wait for quiet
                }

                try
                {
                    await UpdateAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Recomputing the lineage graph failed; it will be tried again at the next change");
                }

                await changed.WaitAsync(stoppingToken);
                waitingSince = DateTimeOffset.UtcNow;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
