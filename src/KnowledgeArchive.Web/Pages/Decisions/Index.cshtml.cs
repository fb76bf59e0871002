using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Decisions;

/// <summary>What CCGs decided: decisions found by words and narrowed by organisation, body, outcome and dates.</summary>
public sealed class IndexModel(IDecisionStore decisions) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Ccg { get; set; }

    [BindProperty(SupportsGet = true, Name = "body")]
    public string? Body { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Icb { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public DecisionList? Results { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Outcome) && !DecisionOutcomes.All.Contains(Outcome))
        {
            return Invalid($"'{Outcome}' is not an outcome: use {string.Join(", ", DecisionOutcomes.All)}.");
        }

        if (!KnowledgeArchive.Web.Apis.QueryDate.TryParse(From, out var from) || !KnowledgeArchive.Web.Apis.QueryDate.TryParse(To, out var to))
        {
            return Invalid("Dates must be written like 2019-03-26.");
        }

        PageNumber = Math.Max(1, PageNumber);
        Results = await decisions.SearchAsync(
            new DecisionQuery { Text = Query, Ccg = Ccg, Icb = Icb, Body = Body, Outcome = Outcome, From = from, To = to, Page = PageNumber, PageSize = PageSize, Scope = HttpContext.RecordScope() },
            cancellationToken);
        return Page();
    }

    /// <summary>This page's address with parameters changed (null removes one); the result page resets.</summary>
    public string With(params (string Name, string? Value)[] changes) =>
        PageLinks.Build("/decisions", [("q", Query), ("ccg", Ccg), ("icb", Icb), ("body", Body), ("outcome", Outcome), ("from", From), ("to", To)], changes);

    /// <summary>The filters in force, each with the address that drops it.</summary>
    public IReadOnlyList<FilterChip> Chips => SearchFilterChips.Of(
        [("ccg", Ccg), ("icb", Icb), ("body", Body), ("outcome", Outcome), ("from", From), ("to", To)],
        names => With([.. names.Select(n => (n, (string?)null))]));

    /// <summary>The same words with no filters.</summary>
    public string ClearAll => With(("ccg", null), ("icb", null), ("body", null), ("outcome", null), ("from", null), ("to", null));

    public Pager Pages(int total) =>
        new(PageNumber, PageSize, total, n => With(("page", n.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>This page's address narrowed by a facet's value (a year is a date range).</summary>
    public string WithFacet(string facet, string value) =>
        facet == "year" ? With(("from", value + "-01-01"), ("to", value + "-12-31")) : With((facet, value));

    private PageResult Invalid(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
