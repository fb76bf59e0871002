using System.Collections.Frozen;
using System.Text.Json.Nodes;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KnowledgeArchive.Web.ApiDocument;

/// <summary>
/// The types and allowed values of query values the endpoints read as text (so that a bad value is a 400 saying what is wrong, not a
/// binding failure): one list, by parameter name, used for every operation.
/// </summary>
internal sealed class QueryValueTypesOpenApi : IOpenApiOperationTransformer
{
    private static readonly FrozenDictionary<string, Func<OpenApiSchema>> Types = new Dictionary<string, Func<OpenApiSchema>>(StringComparer.Ordinal)
    {
        ["page"] = () => WholeNumber("1"),
        ["pageSize"] = () => WholeNumber("1"),
        ["count"] = () => WholeNumber("1"),
        ["depth"] = () => WholeNumber("1"),
        ["limit"] = () => WholeNumber("1"),
        ["before"] = () => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1" },
        ["minSequence"] = () => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" },
        ["from"] = Day,
        ["to"] = Day,
        ["date"] = Day,
        ["outcome"] = () => OneOf(DecisionOutcomes.All),
        ["sensitivity"] = () => OneOf([Sensitivities.Public, Sensitivities.Restricted]),
        ["status"] = () => OneOf(Enum.GetNames<DocumentStatus>().Select(s => s.ToLowerInvariant())),
        ["sort"] = () => OneOf(["relevance", "date"]),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { } name && Types.TryGetValue(name, out var schema))
            {
                parameter.Schema = schema();
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema WholeNumber(string minimum) => new() { Type = JsonSchemaType.Integer, Format = "int32", Minimum = minimum };

    private static OpenApiSchema Day() => new() { Type = JsonSchemaType.String, Format = "date" };

    private static OpenApiSchema OneOf(IEnumerable<string> values) =>
        new() { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)v)] };
}
