using KnowledgeArchive.Core.Ingestion;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Ingest;

/// <summary>Bulk ingest batches, newest first, with their progress and outcomes.</summary>
public sealed class IndexModel(IIngestLedger ledger) : PageModel
{
    private const int Shown = 100;

    public IReadOnlyList<IngestBatch> Batches { get; private set; } = [];

    /// <summary>True while a batch is still running, so the page refreshes itself.</summary>
    public bool AnyRunning => Batches.Any(b => b.State != IngestBatchStates.Completed);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Batches = await ledger.ListBatchesAsync(Shown, cancellationToken);

    public static int Percent(IngestCounts counts) => counts.Total == 0 ? 0 : (int)Math.Round(100.0 * counts.Done / counts.Total);
}
