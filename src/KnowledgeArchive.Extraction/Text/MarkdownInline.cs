using System.Text.RegularExpressions;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>
/// Takes Markdown's inline marks out of a block's text, keeping what they mark: emphasis (<c>**bold**</c>,
/// <c>_italic_</c>), code spans and struck-out text keep their words, a link or picture keeps its text, not its address.
/// </summary>
/// <remarks>
/// The patterns run without backtracking, and only when the text holds their marks, so a huge line costs little.
/// </remarks>
internal static partial class MarkdownInline
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains(']', StringComparison.Ordinal))
        {
            text = Link().Replace(text, "$1");
        }

        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = AutoLink().Replace(text, "$1");
        }

        if (text.Contains('`', StringComparison.Ordinal))
        {
            text = Code().Replace(text, "$1");
        }

        if (text.Contains('*', StringComparison.Ordinal))
        {
            text = Italic().Replace(Bold().Replace(text, "$1"), "$1");
        }

        if (text.Contains('_', StringComparison.Ordinal))
        {
            text = UnderscoreItalic().Replace(UnderscoreBold().Replace(text, "$1$2$3"), "$1$2$3");
        }

        if (text.Contains("~~", StringComparison.Ordinal))
        {
            text = Struck().Replace(text, "$1");
        }

        return text;
    }

    [GeneratedRegex(@"!?\[([^\]\n]*)\]\([^)\n]*\)", Options)]
    private static partial Regex Link();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>", Options)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"`+([^`\n]+)`+", Options)]
    private static partial Regex Code();

    [GeneratedRegex(@"\*\*([^*\n]+)\*\*", Options)]
    private static partial Regex Bold();

    [GeneratedRegex(@"\*([^*\s](?:[^*\n]*[^*\s])?)\*", Options)]
    private static partial Regex Italic();

    [GeneratedRegex(@"(^|\W)__([^_\n]+)__($|\W)", Options)]
    private static partial Regex UnderscoreBold();

    [GeneratedRegex(@"(^|\W)_([^_\s](?:[^_\n]*[^_\s])?)_($|\W)", Options)]
    private static partial Regex UnderscoreItalic();

    [GeneratedRegex(@"~~([^~\n]+)~~", Options)]
    private static partial Regex Struck();
}
