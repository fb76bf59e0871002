using System.Text.Json.Nodes;
using Json.Schema;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>The JSON Schemas in <c>schemas/</c>, loaded once, for checking API replies against the published contract.</summary>
public static class ContractSchemas
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonSchema>> Schemas = new(Load);

    public static void AssertValid(string schemaFile, string json)
    {
        var schema = Schemas.Value.TryGetValue(schemaFile, out var found)
            ? found
            : throw new InvalidOperationException($"schema {schemaFile} not found");
        var result = schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? [])
                .Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
            Assert.Fail($"reply does not match {schemaFile}:\n{string.Join("\n", errors)}\n{json}");
        }
    }

    // Registered globally so that "$ref": "decision.schema.json" resolves against each schema's $id.
    private static Dictionary<string, JsonSchema> Load()
    {
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "schemas"), "*.schema.json"))
        {
            var schema = JsonSchema.FromFile(file);
            SchemaRegistry.Global.Register(schema);
            schemas[Path.GetFileName(file)] = schema;
        }

        return schemas;
    }
}
