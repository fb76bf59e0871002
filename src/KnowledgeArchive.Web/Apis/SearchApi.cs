using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Mapping;
using KnowledgeArchive.Web.Search;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Apis;

/// <summary><c>GET /api/search</c>: documents matching a query, with the best page and a highlighted snippet, and on request the matching decisions.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", SearchAsync).WithTags("Search").Audited(AuditActions.Search, AuditEndpointFilter.Query())
            .WithName("Search").WithSummary("Search documents, with facets, the page of each best match and, on request, the matching decisions")
            .WithDescription("q is the query language: words, \"phrases\", AND/OR/NOT, +required, -excluded, prefix*, and fields such as "
                + "ccg:, body:, type:, outcome:, ref: and date:. A query that cannot be run is a 400 saying what to change; "
                + "a search running past the configured time limit is a 503 saying how to narrow it. minSequence asks for an answer "
                + "that reflects at least that catalog sequence (a batch's catalogSequence): a node behind it waits briefly, then "
                + "answers 503 with Retry-After. catalogSequence (and the X-Catalog-Sequence header) says which sequence the answer reflects.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>Decisions listed with a page of hits when asked for.</summary>
    private const int DecisionLimit = 10;

    private static async Task<Results<Ok<SearchResponseDto>, ProblemHttpResult>> SearchAsync(
        HttpContext http,
        ISearchIndex index,
        DecisionHitFinder decisionHits,
        string? q,
        string? ccg,
        string? icb,
        string? type,
        string? body,
        string? outcome,
        string? from,
        string? to,
        string? sort,
        string? page,
        string? pageSize,
        bool? decisions,
        string? sensitivity,
        string? words,
        string? minSequence,
        ISearchSequence searchSequence,
        IOptions<ArchiveOptions> options,
        CancellationToken cancellationToken)
    {
        var parsed = SearchRequestParser.Parse(q, ccg, icb, type, body, outcome, from, to, sort, page, pageSize, sensitivity);
        if (parsed.Error is not null || !MinSequence.TryParse(minSequence, out var wanted))
        {
            return TypedResults.Problem(parsed.Error ?? MinSequence.Invalid(minSequence), statusCode: StatusCodes.Status400BadRequest, title: "Invalid search request");
        }

        var (reflected, behind) = await MinSequence.ReachAsync(http, searchSequence, options.Value.MinSequenceWait, wanted, cancellationToken);
        if (behind is not null)
        {
            return behind;
        }

        try
        {
            var query = parsed.Query! with { Scope = http.RecordScope(), ReadQuestion = words != "all" };
            var results = index.Search(query);
            var response = results.ToDto(query) with { CatalogSequence = reflected };
            CatalogSequenceHeader.Set(http.Response, reflected);
            if (decisions == true)
            {
                var searched = query with { Text = results.Reading?.SearchedFor ?? query.Text };
                var found = await decisionHits.FindAsync(searched, results, DecisionLimit, cancellationToken);
                response = response with { Decisions = [.. found.Select(d => new DecisionHitDto(d.Decision.ToDto(), d.MarkedText))] };
            }

            return TypedResults.Ok(response);
        }
        catch (InvalidQueryException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid search query");
        }
        catch (SearchTimeoutException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Search took too long");
        }
    }
}
