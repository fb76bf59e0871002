using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion;
using KnowledgeArchive.Web.Apis;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Pages.Ingest;

/// <summary>
/// Upload from the browser: files dropped or chosen are sent one by one to <see cref="OnPostFileAsync"/>, which
/// answers exactly as <c>POST /api/documents</c> does (it is the same endpoint), but signed in by the page's cookie
/// and its antiforgery token rather than an API key; the page then follows each document to its outcome.
/// </summary>
public sealed class UploadModel(DocumentIntake intake, IDocumentCatalog catalog, IOptions<ArchiveOptions> options) : PageModel
{
    public long MaxFileBytes => options.Value.MaxFileBytes;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostFileAsync(CancellationToken cancellationToken) =>
        new HttpResultAction(await DocumentUploadEndpoint.UploadAsync(intake, catalog, options, Request, cancellationToken));
}
