using Microsoft.OpenApi;

namespace KnowledgeArchive.Web.ApiDocument;

/// <summary>
/// Describes a form an endpoint reads itself (to answer a too-large or badly formed upload with a useful 400 or 413),
/// so generated clients know to send <c>multipart/form-data</c> with the file part. It only describes: the content
/// types an endpoint takes are still those of its <c>Accepts</c> metadata, which requests are held to (else 415).
/// </summary>
public static class MultipartFormOpenApi
{
    /// <summary>One field of the form: a file part, or text, optionally one of <paramref name="Values"/>.</summary>
    public sealed record Field(string Name, string Description, bool IsFile = false, bool Required = false, IReadOnlyList<string>? Values = null);

    public static RouteHandlerBuilder AcceptsMultipartForm(this RouteHandlerBuilder endpoint, params Field[] fields)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody ??= new OpenApiRequestBody { Required = true };
            if (operation.RequestBody is OpenApiRequestBody body)
            {
                body.Content ??= new Dictionary<string, OpenApiMediaType>();
                body.Content["multipart/form-data"] = new OpenApiMediaType { Schema = Schema(fields) };
            }

            return Task.CompletedTask;
        });
    }

    private static OpenApiSchema Schema(Field[] fields) => new()
    {
        Type = JsonSchemaType.Object,
        Required = fields.Where(f => f.Required).Select(f => f.Name).ToHashSet(StringComparer.Ordinal),
        Properties = fields.ToDictionary(f => f.Name, f => (IOpenApiSchema)new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = f.IsFile ? "binary" : null,
            Description = f.Description,
            Enum = f.Values?.Select(v => (System.Text.Json.Nodes.JsonNode)v).ToList(),
        }, StringComparer.Ordinal),
    };
}
