using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Ingestion;
using KnowledgeArchive.Ingestion.Batches;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Ingest;

/// <summary>One batch: its counts and every input file with its outcome; failures can be run again.</summary>
public sealed class DetailsModel(IIngestLedger ledger, IngestBatches batches, OcrBacklog ocr) : PageModel
{
    public IngestBatch Batch { get; private set; } = null!;

    /// <summary>Pages of the batch's documents waiting for OCR now.</summary>
    public int PagesAwaitingOcr { get; private set; }

    public IReadOnlyList<IngestFile> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await ledger.FindBatchAsync(id, cancellationToken) is not { } batch)
        {
            return NotFound();
        }

        Batch = batch;
        PagesAwaitingOcr = ocr.PagesOf(id);
        Files = [.. (await ledger.FilesAsync(id, HttpContext.RecordScope(), cancellationToken)).Where(f => f.Outcome is not null)];
        return Page();
    }

    public async Task<IActionResult> OnPostRerunAsync(string id, CancellationToken cancellationToken) =>
        await batches.RerunFailuresAsync(id, cancellationToken) is null ? NotFound() : RedirectToPage(new { id });
}
