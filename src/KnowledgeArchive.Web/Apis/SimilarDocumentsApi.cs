using System.Globalization;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Mapping;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary><c>GET /api/documents/{id}/similar?count=</c>: "more like this", documents about the same things as one.</summary>
public static class SimilarDocumentsApi
{
    public const int MaxCount = 50;

    public static IEndpointRouteBuilder MapSimilarDocumentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id}/similar", GetAsync).WithTags("Documents")
            .WithName("GetSimilarDocuments").WithSummary("Documents about the same things as this one, most alike first")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<SimilarDocumentsDto>, ProblemHttpResult>> GetAsync(
        HttpContext http, IDocumentCatalog catalog, ISearchIndex index, string id, string? count, CancellationToken cancellationToken)
    {
        var wanted = 10;
        if (!string.IsNullOrWhiteSpace(count) && (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out wanted) || wanted < 1 || wanted > MaxCount))
        {
            return TypedResults.Problem($"'count' must be a whole number from 1 to {MaxCount}, not '{count}'.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid count");
        }

        var scope = http.RecordScope();
        if (await catalog.FindAsync(id, scope, cancellationToken) is null)
        {
            return TypedResults.Problem($"No document has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Document not found");
        }

        var pages = await catalog.GetPagesAsync(id, cancellationToken);
        try
        {
            var similar = index.MoreLikeThis(id, pages, wanted, scope);
            return TypedResults.Ok(new SimilarDocumentsDto(id, [.. similar.Select(h => h.ToDto())]));
        }
        catch (SearchTimeoutException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Search took too long");
        }
    }
}
