using System.Text.RegularExpressions;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>
/// What one line of a text file is, read as Markdown or as the plain-text habits Markdown grew from: a heading marked
/// with #, an underline of = or -, a rule, a list item with its printed bullet or number, a code fence, a table row.
/// </summary>
internal static partial class MarkdownLine
{
    /// <summary>Longer lines are running text whatever they start with; keeps every pattern cheap on a huge line.</summary>
    private const int MaxStructureLength = 1000;

    /// <summary>The longest line taken for a heading because it is in capitals or underlined.</summary>
    private const int MaxHeadingLength = 100;

    public static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    /// <summary>A heading marked with one to six #, its level and text.</summary>
    public static (int Level, string Text)? AtxHeading(string line)
    {
        var match = line.Length <= MaxStructureLength ? Atx().Match(line) : Match.Empty;
        return match.Success ? (match.Groups[1].Length, match.Groups[2].Value) : null;
    }

    /// <summary>A line of only = (level 1) or - (level 2) underlining the line above it.</summary>
    public static int? UnderlineLevel(string line)
    {
        var match = line.Length <= MaxStructureLength ? Underline().Match(line) : Match.Empty;
        return match.Success ? (match.Groups[1].Value[0] == '=' ? 1 : 2) : null;
    }

    /// <summary>A rule: three or more of -, *, _ or = alone on a line (spaces between allowed).</summary>
    public static bool IsRule(string line) => line.Length <= MaxStructureLength && Rule().IsMatch(line);

    /// <summary>A short line that could be a heading: not a list item, not a table row.</summary>
    public static bool IsHeadingShaped(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= MaxHeadingLength && ListItem(line) is null && !text.Contains('|', StringComparison.Ordinal);
    }

    /// <summary>A short line in capitals, as plain-text minutes print their headings ("MATTERS ARISING").</summary>
    public static bool IsCapitalsHeading(string line)
    {
        if (!IsHeadingShaped(line))
        {
            return false;
        }

        var letters = line.Count(char.IsLetter);
        return letters >= 4 && !line.Any(char.IsLower) && line.Count(char.IsUpper) == letters;
    }

    /// <summary>A list item: its indent (tabs as four spaces), printed label and text.</summary>
    public static (int Indent, string Label, string Text)? ListItem(string line)
    {
        var match = Item().Match(line.Length <= MaxStructureLength ? line : line[..MaxStructureLength]);
        if (!match.Success)
        {
            return null;
        }

        var indent = match.Groups[1].Value.Sum(c => c == '\t' ? 4 : 1);
        return (indent, match.Groups[2].Value, line[match.Length..].Trim());
    }

    /// <summary>The opening of a fenced code block: its fence (``` or ~~~, three or more).</summary>
    public static string? Fence(string line)
    {
        var match = line.Length <= MaxStructureLength ? FenceLine().Match(line) : Match.Empty;
        return match.Success ? match.Groups[1].Value : null;
    }

    public static bool ClosesFence(string line, string fence) =>
        line.TrimStart().StartsWith(fence, StringComparison.Ordinal) && line.Trim().Trim(fence[0]).Length == 0;

    /// <summary>A pipe table's header: a row with a pipe followed by a separator row of dashes.</summary>
    public static bool StartsTable(string line, string? next) =>
        next is not null && IsTableRow(line) && next.Length <= MaxStructureLength && next.Contains('|', StringComparison.Ordinal)
        && TableSeparator().IsMatch(next);

    public static bool IsTableRow(string line) => !IsBlank(line) && line.Contains('|', StringComparison.Ordinal);

    [GeneratedRegex(@"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Atx();

    [GeneratedRegex(@"^ {0,3}(=+|-+)[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Underline();

    [GeneratedRegex(@"^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    [GeneratedRegex(
        @"^([ \t]*)([-*+•·▪◦‣]|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-zA-Z]\)|\(?[ivxIVX]{1,5}\))[ \t]+(?=\S)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Item();

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})", RegexOptions.CultureInvariant)]
    private static partial Regex FenceLine();

    [GeneratedRegex(@"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TableSeparator();
}
