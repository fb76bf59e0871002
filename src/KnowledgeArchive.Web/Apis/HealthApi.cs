using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Apis;

/// <summary><c>GET /health</c>: 200 when the catalog and the index can be used, 503 otherwise.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync).WithTags("Health").AllowAnonymous()
            .WithName("GetHealth").WithSummary("Whether the catalog and the index can be used, and which catalog sequence searches here reflect (no key needed)")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<HealthDto>, ProblemHttpResult>> GetHealthAsync(
        HttpContext http, IDocumentCatalog catalog, ISearchIndex index, ICatalogFeed feed, ISearchSequence searchSequence, OcrBacklog ocr, IOptions<ArchiveOptions> options,
        CancellationToken cancellationToken)
    {
        if (!await catalog.IsHealthyAsync(cancellationToken))
        {
            return TypedResults.Problem("The catalog cannot be read or written.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var pending = await catalog.ListAsync(new DocumentQuery(Status: DocumentStatus.Pending, PageSize: 1, Scope: RecordScope.All), cancellationToken);
        var reflected = await searchSequence.CurrentAsync(cancellationToken);
        CatalogSequenceHeader.Set(http.Response, reflected);
        return TypedResults.Ok(new HealthDto("healthy", index.DocumentCount, pending.Total)
        {
            CatalogSequence = reflected,
            CatalogLatest = await feed.SequenceAsync(cancellationToken),
            Role = options.Value.Role.ToString(),
            PagesAwaitingOcr = ocr.Pages,
        });
    }
}
