using System.Text.Json;

namespace KnowledgeArchive.Core.Configuration;

/// <summary>
/// Groups of words and phrases that mean the same thing in the archive's documents ("CHC", "continuing
/// healthcare"), read from a JSON file (schema: <c>schemas/synonyms.schema.json</c>). Searching for any member of a
/// group finds the others.
/// </summary>
public sealed class SynonymList
{
    public SynonymList(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Groups = groups;
    }

    /// <summary>The file shipped beside the service (a copy of <c>ingest-config/synonyms.json</c>).</summary>
    public const string DefaultFileName = "synonyms.json";

    public static SynonymList Empty { get; } = new([]);

    /// <summary>The configured file, else the shipped one when it is there, else no synonyms.</summary>
    public static SynonymList LoadConfigured(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Load(configured);
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, DefaultFileName);
        return File.Exists(shipped) ? Load(shipped) : Empty;
    }

    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>Reads a synonyms file; a file that cannot be used is an error naming the file and what is wrong in it.</summary>
    public static SynonymList Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The synonyms file {path} does not exist.");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"The synonyms file {path} is not valid JSON: {ex.Message}", ex);
        }

        using (json)
        {
            if (!json.RootElement.TryGetProperty("groups", out var groups) || groups.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidOperationException($"The synonyms file {path} needs a \"groups\" array of synonym groups.");
            }

            var result = new List<IReadOnlyList<string>>();
            var number = 0;
            foreach (var group in groups.EnumerateArray())
            {
                number++;
                var members = group.ValueKind == JsonValueKind.Array
                    ? group.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!.Trim()).Where(m => m.Length > 0).ToList()
                    : [];
                if (members.Count < 2 || members.Count != group.GetArrayLength())
                {
                    throw new InvalidOperationException($"The synonyms file {path}: group {number} must be a list of at least two words or phrases.");
                }

                result.Add(members);
            }

            return new SynonymList(result);
        }
    }
}
