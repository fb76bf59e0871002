using KnowledgeArchive.Language.Text;
using System.Text.RegularExpressions;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>Reads one row as a line: a bullet, list number or item reference printed apart at its start becomes the line's label.</summary>
internal static partial class RowReading
{
    private const string Bullets = "•·▪◦●○■□►▸‣⁃∙➢➤✓✔\uF0B7\uF0A7\uF076\uF0D8\uF0FC";

    public static IEnumerable<ILayoutElement> Read(LayoutRow row)
    {
        if (row.IsTable)
        {
            yield return row.Items[0].Table!;
            yield break;
        }

        var words = row.Items.SelectMany(i => i.Words).ToList();
        var first = row.Items[0];
        if (row.Items.Count >= 2 && (IsBullet(first.Text) || ListNumber().IsMatch(first.Text) || HeadingShape.IsMarginLabel(first.Text) && first.Words.Count <= 3))
        {
            yield return new LayoutLine(row.Items.Skip(1).SelectMany(i => i.Words).ToList(), first.Text) { MarginLabel = !IsBullet(first.Text) && !ListNumber().IsMatch(first.Text) };
            yield break;
        }

        yield return Line(words);
    }

    /// <summary>A line of words (in a table cell, say) with a bullet printed before it taken as its label.</summary>
    public static LayoutLine Line(IReadOnlyList<LayoutWord> words) =>
        words.Count >= 2 && IsBullet(words[0].Text) ? new LayoutLine(words.Skip(1).ToList(), words[0].Text) : new LayoutLine(words);

    public static bool IsBullet(string text) =>
        text.Length == 1 && (Bullets.Contains(text[0], StringComparison.Ordinal) || text[0] is '-' or '–' or '—' or '*' or 'o');

    /// <summary>Whether a word is a list number ("3.", "(b)", "iv)").</summary>
    public static bool IsListNumber(string text) => ListNumber().IsMatch(text);

    [GeneratedRegex(@"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$")]
    private static partial Regex ListNumber();
}
