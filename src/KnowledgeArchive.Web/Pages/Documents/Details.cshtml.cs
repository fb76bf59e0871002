using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Documents;

/// <summary>One document: what it is, where it came from, its page texts, and a download of the original.</summary>
public sealed class DetailsModel(IDocumentCatalog catalog, IDecisionStore decisionStore) : PageModel
{
    public DocumentRecord Document { get; private set; } = null!;

    public IReadOnlyList<PageText> Pages { get; private set; } = [];

    public IReadOnlyList<Decision> Decisions { get; private set; } = [];

    public PolicyInfo? Policy { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var document = await catalog.FindAsync(id, HttpContext.RecordScope(), cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        Pages = await catalog.GetPagesAsync(id, cancellationToken);
        Decisions = await decisionStore.ForDocumentAsync(id, cancellationToken);
        Policy = await decisionStore.PolicyAsync(id, cancellationToken);
        return Page();
    }
}
