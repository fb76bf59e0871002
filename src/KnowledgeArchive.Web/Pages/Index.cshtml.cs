using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Web.Apis;
using KnowledgeArchive.Web.Search;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages;

/// <summary>
/// The search page: a query box, the decisions that match, matching documents with their best page and snippet, and
/// facets to narrow by.
/// </summary>
public sealed class IndexModel(ISearchIndex index, DecisionHitFinder decisionHits) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Ccg { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Icb { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "body")]
    public string? Body { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sensitivity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // "page" is also Razor Pages' route value for the page's name, so it is read from the query string only.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    private const int DecisionsShown = 5;

    public SearchQuery? Parsed { get; private set; }

    public SearchResults? Results { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Decisions of this page's documents that match the words, shown above the documents.</summary>
    public IReadOnlyList<DecisionHit> Decisions { get; private set; } = [];

    public bool HasCriteria =>
        !string.IsNullOrWhiteSpace(Query) || !string.IsNullOrWhiteSpace(Ccg) || !string.IsNullOrWhiteSpace(Icb)
        || !string.IsNullOrWhiteSpace(Type) || !string.IsNullOrWhiteSpace(Body) || !string.IsNullOrWhiteSpace(Outcome)
        || !string.IsNullOrWhiteSpace(Sensitivity) || !string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(To);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!HasCriteria)
        {
            return Page();
        }

        var (query, error) = SearchRequestParser.Parse(Query, Ccg, Icb, Type, Body, Outcome, From, To, Sort, PageNumber, null, Sensitivity);
        if (error is not null)
        {
            return Invalid(error);
        }

        Parsed = query! with { Scope = HttpContext.RecordScope() };
        try
        {
            Results = index.Search(Parsed);
            Decisions = await decisionHits.FindAsync(Parsed, Results, DecisionsShown, cancellationToken);
        }
        catch (InvalidQueryException ex)
        {
            return Invalid(ex.Message);
        }
        catch (SearchTimeoutException ex)
        {
            return Invalid(ex.Message, StatusCodes.Status503ServiceUnavailable);
        }

        return Page();
    }

    /// <summary>This page's address with parameters changed (null removes one); the result page resets unless it is one of them.</summary>
    public string With(params (string Name, string? Value)[] changes) =>
        PageLinks.Build("/", [("q", Query), ("ccg", Ccg), ("icb", Icb), ("type", Type), ("body", Body), ("outcome", Outcome), ("sensitivity", Sensitivity), ("from", From), ("to", To), ("sort", Sort)], changes);

    /// <summary>A hit's document opened at its best page, with the search's words marked.</summary>
    public string DocumentLink(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return PageOf(hit.DocumentId, hit.PageNumber);
    }

    /// <summary>A decision's page in its document, with the search's words marked.</summary>
    public string DecisionPageLink(KnowledgeArchive.Core.Decisions.Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return PageOf(decision.DocumentId, decision.PageNumber);
    }

    /// <summary>This page's address narrowed to one calendar year.</summary>
    public string WithYear(string year) => With(("from", year + "-01-01"), ("to", year + "-12-31"));

    private PageResult Invalid(string message, int status = StatusCodes.Status400BadRequest)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }

    private string PageOf(string documentId, int pageNumber)
    {
        var query = string.IsNullOrWhiteSpace(Query) ? string.Empty : "?q=" + Uri.EscapeDataString(Query);
        return $"/documents/{Uri.EscapeDataString(documentId)}{query}#page-{pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
