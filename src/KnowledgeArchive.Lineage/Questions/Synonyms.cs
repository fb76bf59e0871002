namespace KnowledgeArchive.Lineage.Questions;

/// <summary>
/// Groups of names for one thing (IVF, assisted conception; PLCV, procedures of limited clinical value), from
/// <c>ingest-config/synonyms.json</c>, matched on subject words, so a question in one wording finds decisions written
/// in another.
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
