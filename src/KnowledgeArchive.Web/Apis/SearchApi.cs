using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Web.Mapping;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary><c>GET /api/search</c>: documents matching a query, with the best page and a highlighted snippet.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).WithTags("Search");
        return app;
    }

    private static Results<Ok<SearchResponseDto>, ProblemHttpResult> Search(
        HttpContext http,
        ISearchIndex index,
        string? q,
        string? ccg,
        string? icb,
        string? type,
        string? body,
        string? from,
        string? to,
        string? sort,
        string? page,
        string? pageSize)
    {
        var parsed = SearchRequestParser.Parse(q, ccg, icb, type, body, from, to, sort, page, pageSize);
        if (parsed.Error is not null)
        {
            return TypedResults.Problem(parsed.Error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid search request");
        }

        try
        {
            var query = parsed.Query! with { Scope = http.RecordScope() };
            var results = index.Search(query);
            return TypedResults.Ok(results.ToDto(query));
        }
        catch (InvalidQueryException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid search query");
        }
    }
}
