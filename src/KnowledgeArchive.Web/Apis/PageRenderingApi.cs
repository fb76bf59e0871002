using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Rendering;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary>
/// <c>GET /api/documents/{id}/pages/{n}/original</c>: the page as printed, drawn from the stored original (PDF) as a
/// PNG. Seen by exactly those who may see the document: anyone else is answered 404, as for the document itself.
/// </summary>
public static class PageRenderingApi
{
    public static IEndpointRouteBuilder MapPageRenderingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id}/pages/{pageNumber:int}/original", GetAsync).WithTags("Documents")
            .Audited(AuditActions.PageView, (http, _) => (http.GetRouteValue("id")?.ToString(), "page original " + http.GetRouteValue("pageNumber")))
            .WithName("GetPageOriginal").WithSummary("A picture (PNG) of a page as the original prints it, drawn from the stored PDF")
            .WithDescription("Drawn once and kept; a document the caller may not see, a page it does not have, or a format that cannot be drawn (Word, OpenDocument) is 404.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetAsync(
        HttpContext http, IDocumentCatalog catalog, PageRenders renders, string id, int pageNumber, CancellationToken cancellationToken)
    {
        var record = await catalog.FindAsync(id, http.RecordScope(), cancellationToken);
        if (record is null)
        {
            return DocumentsApi.NotFound(id);
        }

        if (pageNumber < 1 || pageNumber > record.PageCount)
        {
            return TypedResults.Problem(
                $"Document {id} has no page {pageNumber}: it has {record.PageCount} page(s).", statusCode: StatusCodes.Status404NotFound, title: "Page not found");
        }

        var render = await renders.GetAsync(record, pageNumber, cancellationToken);
        if (render.Path is null)
        {
            return TypedResults.Problem(
                $"Page {pageNumber} of document {id} cannot be shown as printed: {render.Problem}.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Page picture not available");
        }

        // Private, and asked again each time (answered 304 while it may still be seen): the picture is as confidential as
        // the document, whose sensitivity can change.
        http.Response.Headers.CacheControl = "private, no-cache";
        return TypedResults.PhysicalFile(render.Path, "image/png", lastModified: record.IngestedAt, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{record.Sha256}-{pageNumber}\""));
    }
}
