using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KnowledgeArchive.Web.ApiDocument;

/// <summary>
/// Names the API and leaves out the address it was asked at, so the document is the same wherever the service runs
/// (and can be kept in the repository as <c>schemas/openapi.json</c>); clients use the address they call.
/// </summary>
internal sealed class DocumentInfoOpenApi : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "KnowledgeArchive API",
            Version = "v1",
            Description = "The minutes, decisions and policies of England's abolished clinical commissioning groups (CCGs): "
                + "upload and bulk ingest, search, decisions and their lineage, with the evidence for audits. "
                + "Every operation but GET /health needs an archive key in the X-Api-Key header. Errors are RFC 7807 problem "
                + "details whose 'detail' says what to change. Dates are ISO 8601 days (2019-03-14).",
        };
        document.Servers = [];
        return Task.CompletedTask;
    }
}
