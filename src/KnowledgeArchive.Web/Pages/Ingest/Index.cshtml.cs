using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Ingestion.Batches;
using KnowledgeArchive.Ingestion.Sources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Ingest;

/// <summary>Bulk ingest batches, newest first, with their progress and outcomes; and a form to start one.</summary>
public sealed class IndexModel(IIngestLedger ledger, IngestBatches batches, IngestSources sources) : PageModel
{
    private const int Shown = 100;

    public IReadOnlyList<IngestBatch> Batches { get; private set; } = [];

    /// <summary>The configured sources, for the form.</summary>
    public IReadOnlyList<IngestSource> Sources => sources.Config.Sources;

    [BindProperty]
    public string? Path { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    /// <summary>Why the batch asked for could not be started.</summary>
    public string? Error { get; private set; }

    /// <summary>True while a batch is still running, so the page refreshes itself.</summary>
    public bool AnyRunning => Batches.Any(b => b.State != IngestBatchStates.Completed);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Batches = await ledger.ListBatchesAsync(Shown, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var batch = await batches.StartAsync(Path, Source, cancellationToken);
            return RedirectToPage("Details", new { id = batch.BatchId });
        }
        catch (BatchRequestException ex)
        {
            Error = ex.Message;
            await OnGetAsync(cancellationToken);
            return Page();
        }
    }

    public static int Percent(IngestCounts counts) => counts.Total == 0 ? 0 : (int)Math.Round(100.0 * counts.Done / counts.Total);
}
