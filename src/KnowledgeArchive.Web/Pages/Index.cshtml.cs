using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Apis;
using KnowledgeArchive.Web.Search;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages;

/// <summary>
/// The search page: a query box, the filters in force as chips, the decisions that match, matching documents with their
/// best page and snippet, facets to narrow by, and help when little or nothing matches. With no words it browses: every
/// document by organisation, body, year and type, newest first.
/// </summary>
public sealed class IndexModel(ISearchIndex index, DecisionHitFinder decisionHits, IDecisionStore decisionStore) : PageModel
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

    /// <summary><c>all</c> searches every word of a question as typed, rather than its content words.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Words { get; set; }

    // "page" is also Razor Pages' route value for the page's name, so it is read from the query string only.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    private const int DecisionsShown = 5;

    public SearchQuery? Parsed { get; private set; }

    public SearchResults? Results { get; private set; }

    /// <summary>With nothing asked: counts over every document the caller may see, to browse by.</summary>
    public SearchResults? Browse { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Decisions of this page's documents that match the words, shown above the documents.</summary>
    public IReadOnlyList<DecisionHit> Decisions { get; private set; } = [];

    /// <summary>How many decisions the decisions page lists for the same words and filters.</summary>
    public int DecisionTotal { get; private set; }

    /// <summary>The words the search ran on: a question's content words, else the text as typed.</summary>
    public string SearchedWords => Results?.Reading?.SearchedFor ?? Query?.Trim() ?? string.Empty;

    /// <summary>The line above the hits: how many documents match the words, or, browsing by filters alone, how many there are.</summary>
    public string ResultCount(int total)
    {
        var count = total switch
        {
            0 => "No documents",
            1 => "1 document",
            _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{total} documents"),
        };
        if (!string.IsNullOrWhiteSpace(SearchedWords))
        {
            return count + (total == 1 ? " matches." : " match.");
        }

        return total == 0 ? count + "." : count + ", newest first.";
    }

    public bool HasCriteria => !string.IsNullOrWhiteSpace(Query) || Filters.Any(f => !string.IsNullOrWhiteSpace(f.Value));

    /// <summary>The filter parameters, in the order their chips are shown.</summary>
    public IReadOnlyList<(string Name, string? Value)> Filters =>
        [("ccg", Ccg), ("icb", Icb), ("body", Body), ("type", Type), ("outcome", Outcome), ("sensitivity", Sensitivity), ("from", From), ("to", To)];

    public IReadOnlyList<FilterChip> Chips => SearchFilterChips.Of(Filters, names => With([.. names.Select(n => (n, (string?)null))]));

    /// <summary>The same words with no filters.</summary>
    public string WithoutFilters => With([.. Filters.Select(f => (f.Name, (string?)null))]);

    public Pager? Pages => Results is { } results && Parsed is { } query
        ? new Pager(query.Page, query.PageSize, results.Total, n => With(("page", n.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        : null;

    /// <summary>The decisions page with the same words and the filters it has.</summary>
    public string DecisionsLink => PageLinks.Build(
        "/decisions", [("q", SearchedWords), ("ccg", Ccg), ("icb", Icb), ("body", Body), ("outcome", Outcome), ("from", From), ("to", To)], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!HasCriteria)
        {
            Browse = index.Search(new SearchQuery { PageSize = 1, Scope = HttpContext.RecordScope() });
            return Page();
        }

        var (query, error) = SearchRequestParser.Parse(Query, Ccg, Icb, Type, Body, Outcome, From, To, Sort, PageNumber, null, Sensitivity);
        if (error is not null)
        {
            return Invalid(error);
        }

        Parsed = query! with { Scope = HttpContext.RecordScope(), ReadQuestion = Words != "all" };
        try
        {
            Results = index.Search(Parsed);
            var searched = Parsed with { Text = SearchedWords };
            Decisions = await decisionHits.FindAsync(searched, Results, DecisionsShown, cancellationToken);
            DecisionTotal = await CountDecisionsAsync(searched, cancellationToken);
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
        PageLinks.Build("/", [("q", Query), .. Filters, ("sort", Sort), ("words", Words)], changes);

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

    /// <summary>This page's address narrowed by a facet's value.</summary>
    public string WithFacet(string facet, string value) => facet == "year" ? WithYear(value) : With((facet, value));

    private async Task<int> CountDecisionsAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        // Only what the decisions page itself can filter by: its count must be what the link shows.
        if (query.DocumentType is not null || query.Sensitivity is not null)
        {
            return 0;
        }

        var found = await decisionStore.SearchAsync(
            new DecisionQuery
            {
                Text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text, Ccg = query.Ccg, Icb = query.Icb, Body = query.Body,
                Outcome = query.Outcome, From = query.From, To = query.To, Page = 1, PageSize = 1, Scope = query.Scope,
            },
            cancellationToken);
        return found.Total;
    }

    private PageResult Invalid(string message, int status = StatusCodes.Status400BadRequest)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }

    private string PageOf(string documentId, int pageNumber)
    {
        var words = SearchedWords;
        var query = string.IsNullOrWhiteSpace(words) ? string.Empty : "?q=" + Uri.EscapeDataString(words);
        return $"/documents/{Uri.EscapeDataString(documentId)}{query}#page-{pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
