using System.Text.RegularExpressions;
using KnowledgeArchive.Enrichment.Text;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>Splits minutes into items at their headings: referenced ("Minute 57/15 Winter Plan", "GB19/023 Gluten-free prescribing") or numbered ("9. Corporate Risk Register").</summary>
public static partial class MinuteItems
{
    /// <summary>Whether a line opens an item; used to keep headings from being joined to the line before.</summary>
    public static bool IsHeading(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length <= 160 && (References.MatchHeading(line).Success || Numbered().IsMatch(line));
    }

    public static IReadOnlyList<MinuteItem> Split(DocumentText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Minutes head their items either with references or with numbers; the style used more often is the one.
        var referenced = text.Units.Count(u => IsReferencedHeading(u.Text));
        var numberedCount = text.Units.Count(u => Numbered().IsMatch(u.Text));
        var useNumbers = numberedCount > referenced;
        var items = new List<MinuteItem>();
        string? reference = null;
        string? title = null;
        var units = new List<TextUnit>();

        foreach (var unit in text.Units)
        {
            var heading = !useNumbers && IsReferencedHeading(unit.Text) ? References.MatchHeading(unit.Text) : null;
            var numbered = useNumbers && heading is null ? Numbered().Match(unit.Text) : null;
            if (heading is { Success: true } || numbered is { Success: true })
            {
                Close();
                reference = heading is { Success: true } ? heading.Groups["ref"].Value : null;
                title = (heading is { Success: true } ? heading.Groups["title"].Value : numbered!.Groups["title"].Value).Trim().TrimEnd('.', ':');
                continue;
            }

            units.Add(unit);
        }

        Close();
        return items;

        void Close()
        {
            if (units.Count > 0 || title is not null)
            {
                items.Add(new MinuteItem(reference, title, items.Count + 1, units.ToList()));
            }

            units.Clear();
        }
    }

    private static bool IsReferencedHeading(string text)
    {
        var match = References.MatchHeading(text);
        return match.Success && text.Length <= 160 && !text.TrimEnd().EndsWith('.') && !text.Contains(" | ", StringComparison.Ordinal);
    }

    // A number, then a title that is not a sentence (no full stop at the end; "(version 1.0)" inside is fine).
    [GeneratedRegex(@"^(?:Item\s+)?(?<num>\d{1,2}(?:\.\d{1,2})?)\.?\s+(?<title>[A-Z][^|]{2,120}?)(?<![.;:,])$")]
    private static partial Regex Numbered();
}
