using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Documents;

/// <summary>All documents, newest first, optionally only those of one status (the quarantine view lists reasons).</summary>
public sealed class IndexModel(IDocumentCatalog catalog) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public DocumentStatus? StatusFilter { get; private set; }

    public DocumentList Documents { get; private set; } = new(0, []);

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (!Enum.TryParse<DocumentStatus>(Status, ignoreCase: true, out var status) || int.TryParse(Status, out _))
            {
                Error = $"'{Status}' is not a status: use pending, indexed or quarantined.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            StatusFilter = status;
        }

        PageNumber = Math.Max(1, PageNumber);
        Documents = await catalog.ListAsync(new DocumentQuery(Status: StatusFilter, Page: PageNumber, PageSize: PageSize, Scope: HttpContext.RecordScope()), cancellationToken);
        return Page();
    }
}
