using System.Text.RegularExpressions;
using KnowledgeArchive.Enrichment.Organisations;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>Recognises the name of a governing body or committee in a phrase, and tidies it.</summary>
public static partial class BodyNames
{
    /// <summary>The body named in a phrase ("the Quality and Performance Committee, 21 July 2016" gives "Quality and Performance Committee").</summary>
    public static string? Find(string phrase, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var known = gazetteer.Bodies
            .SelectMany(b => new[] { b.Name }.Concat(b.Aliases ?? []).Where(a => a.Length > 3).Select(a => (Alias: a, b.Name)))
            .Select(b => (b.Name, Index: IndexOfWord(phrase, b.Alias)))
            .Where(b => b.Index >= 0)
            .OrderBy(b => b.Index)
            .ThenByDescending(b => b.Name.Length)
            .ToList();
        var shaped = Shape().Matches(phrase).Select(m => (Name: Tidy(m.Value), m.Index)).FirstOrDefault(m => m.Name.Length > 0);
        if (shaped.Name is not null && (known.Count == 0 || shaped.Index < known[0].Index || shaped.Name.Length > known[0].Name.Length && shaped.Name.EndsWith(known[0].Name, StringComparison.OrdinalIgnoreCase) && !IsOrganisationPrefixed(shaped.Name)))
        {
            return gazetteer.BodyFor(shaped.Name) ?? shaped.Name;
        }

        return known.Count > 0 ? known[0].Name : null;
    }

    private static bool IsOrganisationPrefixed(string name) => name.StartsWith("NHS ", StringComparison.Ordinal) || name.Contains(" CCG ", StringComparison.Ordinal);

    private static int IndexOfWord(string text, string word)
    {
        var match = Regex.Match(text, @"\b" + Regex.Escape(word) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? match.Index : -1;
    }

    private static string Tidy(string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (words[0] is "the" or "The" or "of" or "and" or "a" or "meeting" or "Meeting" || StatusWord().IsMatch(words[0])))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^(?:FINAL|Final|DRAFT|Draft|APPROVED|Approved|UNCONFIRMED|Unconfirmed|CONFIRMED|Confirmed|Signed|SIGNED)$")]
    private static partial Regex StatusWord();

    // A run of capitalised words (with "and", "of", "the", "&" inside) ending in a body word.
    [GeneratedRegex(@"(?:(?:[A-Z][\w'’&-]*|and|of|the|&|CCGs?)\s+){0,8}?(?:Governing\s+Body|Joint\s+Committee(?:\s+of\s+the(?:\s+[A-Z][\w'’-]*|\s+and)+\s+CCGs)?|(?:Sub-)?Committee|Board|Panel|Forum|Executive|Partnership\s+Board)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
