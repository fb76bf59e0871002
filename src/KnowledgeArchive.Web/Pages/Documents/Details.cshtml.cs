using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Documents;

/// <summary>
/// One document: what it is, where it came from, its page texts, and a download of the original. Opened from a search
/// (<c>?q=</c>), the pages show that search's words marked, to move through hit by hit.
/// </summary>
public sealed class DetailsModel(IDocumentCatalog catalog, IDecisionStore decisionStore, ISearchIndex index, IQuarantineReviews reviews) : PageModel
{
    private const int SimilarShown = 5;

    public DocumentRecord Document { get; private set; } = null!;

    public IReadOnlyList<PageText> Pages { get; private set; } = [];

    /// <summary>Pages read by OCR whose scanned picture is kept, shown beside their text.</summary>
    public IReadOnlySet<int> PagesWithPictures { get; private set; } = new HashSet<int>();

    public IReadOnlyList<Decision> Decisions { get; private set; } = [];

    public PolicyInfo? Policy { get; private set; }

    /// <summary>The files attached to it (an email's) that the user may see.</summary>
    public IReadOnlyList<DocumentAttachment> Attachments { get; private set; } = [];

    /// <summary>The emails it came attached to that the user may see.</summary>
    public IReadOnlyList<AttachedTo> AttachedTo { get; private set; } = [];

    /// <summary>The review of a quarantined document left unread, when it has one.</summary>
    public QuarantineReview? Review { get; private set; }

    /// <summary>Whether the caller may act on a quarantined document (ingesters, auditors, admins), so is shown the panel to.</summary>
    public bool CanCurate => Document.Status == DocumentStatus.Quarantined && (User.IsInRole(Roles.Ingester) || User.IsInRole(Roles.Auditor) || User.IsInRole(Roles.Admin));

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The pages with the search's words marked (each mark numbered), or null when not opened from a search.</summary>
    public DocumentHits? Hits { get; private set; }

    /// <summary>Other documents about the same things ("more like this").</summary>
    public IReadOnlyList<SearchHit> Similar { get; private set; } = [];

    /// <summary>Why the search's words could not be marked, when they could not.</summary>
    public string? QueryError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var document = await catalog.FindAsync(id, HttpContext.RecordScope(), cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        Review = document.Status == DocumentStatus.Quarantined ? await reviews.FindAsync(id, cancellationToken) : null;
        Pages = await catalog.GetPagesAsync(id, cancellationToken);
        PagesWithPictures = Pages.Any(p => p.Ocr is not null) ? await catalog.PagesWithImagesAsync(id, cancellationToken) : new HashSet<int>();
        Decisions = await decisionStore.ForDocumentAsync(id, cancellationToken);
        Policy = await decisionStore.PolicyAsync(id, cancellationToken);
        Attachments = await catalog.GetAttachmentsAsync(id, HttpContext.RecordScope(), cancellationToken);
        AttachedTo = await catalog.GetAttachedToAsync(id, HttpContext.RecordScope(), cancellationToken);
        try
        {
            Similar = index.MoreLikeThis(id, Pages, SimilarShown, HttpContext.RecordScope());
        }
        catch (SearchTimeoutException)
        {
            // The list of similar documents is an aside: the document is shown without it.
            Similar = [];
        }
        if (!string.IsNullOrWhiteSpace(Query))
        {
            try
            {
                Hits = DocumentHits.Number(index.MarkHits(Query, Pages));
            }
            catch (InvalidQueryException ex)
            {
                QueryError = ex.Message;
            }
        }

        return Page();
    }
}
