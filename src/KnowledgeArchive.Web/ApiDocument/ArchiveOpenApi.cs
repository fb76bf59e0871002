using KnowledgeArchive.Web.Security;

namespace KnowledgeArchive.Web.ApiDocument;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: what each operation is (id, summary, errors, on the endpoints
/// themselves), and what is said once for all of them (the API key, access errors, typed query values).
/// </summary>
public static class ArchiveOpenApi
{
    public static IServiceCollection AddArchiveOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<DocumentInfoOpenApi>();
            o.AddDocumentTransformer<ApiKeyOpenApi>();
            o.AddOperationTransformer<AccessProblemsOpenApi>();
            o.AddOperationTransformer<QueryValueTypesOpenApi>();
        });

    /// <summary>Serves the document to anyone: it describes the API, it holds nothing secret.</summary>
    public static IEndpointRouteBuilder MapArchiveOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
