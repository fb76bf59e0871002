using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace KnowledgeArchive.Ingestion.Sources;

/// <summary>
/// Reads the ingest settings file and checks it against <c>schemas/ingest-config.schema.json</c> and the rules a
/// schema cannot state (unique source names), naming the file and the field at fault when it cannot be used.
/// </summary>
public static class IngestConfigLoader
{
    public const string DefaultFileName = "ingest-sources.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = false };

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "schemas", "ingest-config.schema.json")));

    public static IngestConfig Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new IngestConfigException($"Ingest settings file {full} does not exist (Archive:IngestConfigFile).");
        }

        return Parse(File.ReadAllText(full), full);
    }

    public static IngestConfig Parse(string text, string fileName)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new IngestConfigException($"{fileName}: not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        var result = Schema.Value.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            throw new IngestConfigException($"{fileName}: {Describe(result)}");
        }

        var config = node.Deserialize<IngestConfig>(Json) ?? new IngestConfig();
        var duplicate = config.Sources.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new IngestConfigException($"{fileName}: /sources: the source name '{duplicate.Key}' is used {duplicate.Count()} times; names must be unique.");
        }

        return config;
    }

    // The deepest failures name the field itself ("/sources/1/defaults/sensitivity"), not the objects around it.
    private static string Describe(EvaluationResults result)
    {
        var failures = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => (Location: d.InstanceLocation.ToString(), Keyword: e.Key, e.Value)))
            .ToList();
        if (failures.Count == 0)
        {
            return "does not match schemas/ingest-config.schema.json";
        }

        var deepest = failures.Max(f => f.Location.Length);
        var messages = failures
            .Where(f => f.Location.Length == deepest || f.Keyword is "required" or "additionalProperties")
            .Select(f => $"{(f.Location.Length == 0 ? "/" : f.Location)}: {Explain(f.Keyword, f.Value)}")
            .Distinct()
            .Take(5);
        return string.Join("; ", messages);
    }

    // additionalProperties: false reports "All values fail against the false schema" at the unknown key.
    private static string Explain(string keyword, string message) =>
        keyword is "additionalProperties" or "false" || message.Contains("false schema", StringComparison.Ordinal)
            ? "is not a known setting (check its spelling)"
            : message;
}
