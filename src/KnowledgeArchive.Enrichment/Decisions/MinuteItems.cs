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
        var referenced = text.Units.Count(u => IsReferencedHeading(u.Text) || TableRowItem(u.Text) is not null);
        var numberedCount = text.Units.Count(u => Numbered().IsMatch(u.Text));
        var useNumbers = numberedCount > referenced;
        var items = new List<MinuteItem>();
        string? reference = null;
        string? title = null;
        var units = new List<TextUnit>();

        foreach (var unit in text.Units)
        {
            // Minutes kept as a table: "GB19/023 | Gluten-free prescribing | The Governing Body approved …".
            if (!useNumbers && TableRowItem(unit.Text) is { } row)
            {
                Close();
                reference = row.Reference;
                title = row.Title;
                if (row.Minute.Length > 0)
                {
                    units.Add(unit with { Text = row.Minute });
                }

                continue;
            }

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

    private static (string Reference, string Title, string Minute)? TableRowItem(string text)
    {
        if (!text.Contains(" | ", StringComparison.Ordinal))
        {
            return null;
        }

        var cells = text.Split(" | ", StringSplitOptions.TrimEntries);
        var first = References.FindAll(cells[0]).FirstOrDefault();
        if (first is null || first.Value.Length != cells[0].Length || cells.Length < 2)
        {
            return null;
        }

        // The title cell is short; a long second cell is the minute itself, titled by its first sentence's subject.
        var titled = cells[1].Length <= 120 && !cells[1].EndsWith('.');
        var title = titled ? cells[1] : null;
        var rest = string.Join(" ", cells.Skip(titled ? 2 : 1).Where(c => c.Length > 0));
        return (first.Value, title ?? string.Empty, rest);
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
