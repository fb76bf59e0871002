using System.Text.Json;

namespace KnowledgeArchive.Tools.Evaluation;

/// <summary>Ground truth in the sample archive's format: <c>documents.jsonl</c> and <c>decisions.jsonl</c>, one JSON object a line.</summary>
internal static class TruthFiles
{
    public static List<JsonElement> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Ground truth file {path} is missing.", path);
        }

        return File.ReadLines(path)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList();
    }

    public static string? Text(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int? Int(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    public static bool Flag(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
