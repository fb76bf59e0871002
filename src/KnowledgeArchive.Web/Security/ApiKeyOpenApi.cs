using KnowledgeArchive.Client;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KnowledgeArchive.Web.Security;

/// <summary>
/// Says in the OpenAPI document how to call the API: an archive key in the <c>X-Api-Key</c> header on every operation,
/// so generated clients and API tools send it.
/// </summary>
internal sealed class ApiKeyOpenApi : IOpenApiDocumentTransformer
{
    public const string SchemeName = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyHeader.Name,
            Description = "An archive key (ka_…), made by an admin with POST /api/keys or `ka keys create`. Its role (reader, ingester, auditor, admin) decides what it may do; /health needs none.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
        return Task.CompletedTask;
    }
}
