namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>
/// The register's normalised names by their first word, so that a text is searched only for the names whose first
/// word it holds rather than for every name of every organisation; the names keep the register's order (the longest
/// first), which decides which of two overlapping names claims the text.
/// </summary>
internal sealed class NameIndex
{
    private readonly List<(string Padded, Organisation Organisation)> names;
    private readonly Dictionary<string, List<int>> byFirstWord = new(StringComparer.Ordinal);

    /// <param name="normalised">Names as <see cref="OrganisationNames.Normalise"/> gives them, in the order to try them.</param>
    public NameIndex(IReadOnlyList<(string Normalised, Organisation Organisation)> normalised)
    {
        names = [.. normalised.Select(n => (" " + n.Normalised + " ", n.Organisation))];
        for (var i = 0; i < normalised.Count; i++)
        {
            var first = normalised[i].Normalised.Split(' ')[0];
            if (!byFirstWord.TryGetValue(first, out var positions))
            {
                byFirstWord[first] = positions = [];
            }

            positions.Add(i);
        }
    }

    /// <summary>
    /// The names that may occur in <paramref name="normalisedText"/> (as <see cref="OrganisationNames.NormaliseText"/>
    /// gives it: words between single spaces), each padded with a space either side, in the order given.
    /// </summary>
    public IEnumerable<(string Padded, Organisation Organisation)> Candidates(string normalisedText)
    {
        var positions = new SortedSet<int>();
        foreach (var word in normalisedText.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (byFirstWord.TryGetValue(word, out var found))
            {
                positions.UnionWith(found);
            }
        }

        return positions.Select(i => names[i]);
    }
}
