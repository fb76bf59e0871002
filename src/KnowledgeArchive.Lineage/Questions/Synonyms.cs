using System.Text.Json;

namespace KnowledgeArchive.Lineage.Questions;

/// <summary>
/// Groups of names for one thing (IVF, assisted conception; PLCV, procedures of limited clinical value), read from
/// <c>ingest-config/synonyms.json</c>, so a question in one wording finds decisions written in another.
/// </summary>
public sealed class Synonyms
{
    private readonly IReadOnlyList<IReadOnlyList<string[]>> groups;

    public Synonyms(IEnumerable<IEnumerable<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        this.groups = groups
            .Select(g => (IReadOnlyList<string[]>)g.Select(Words).Where(w => w.Length > 0).ToList())
            .Where(g => g.Count > 1)
            .ToList();
    }

    public static Synonyms None { get; } = new([]);

    /// <summary>Reads a synonyms file: <c>{"groups": [["IVF", "assisted conception"], …]}</c>.</summary>
    public static Synonyms Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The synonyms file {path} does not exist (Archive:SynonymsFile).", path);
        }

        using var stream = File.OpenRead(path);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({ex.Message}).", ex);
        }

        using var _ = json;
        if (!json.RootElement.TryGetProperty("groups", out var groups) || groups.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: 'groups' must be an array of arrays of names.");
        }

        var list = new List<List<string>>();
        foreach (var (group, i) in groups.EnumerateArray().Select((g, i) => (g, i)))
        {
            if (group.ValueKind != JsonValueKind.Array || group.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(n.GetString())))
            {
                throw new InvalidDataException($"{path}: groups[{i}] must be an array of non-empty names.");
            }

            list.Add(group.EnumerateArray().Select(n => n.GetString()!).ToList());
        }

        return new Synonyms(list);
    }

    /// <summary>The words, with the words of every name in a group that one of the names matches.</summary>
    public IReadOnlyList<string> Expand(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var present = words.ToHashSet(StringComparer.Ordinal);
        var expanded = new List<string>(words);
        foreach (var group in groups)
        {
            if (group.Any(name => name.All(present.Contains)))
            {
                expanded.AddRange(group.SelectMany(name => name).Where(w => !expanded.Contains(w)));
            }
        }

        return expanded;
    }

    private static string[] Words(string name) => [.. SubjectWords.Of(name)];
}
