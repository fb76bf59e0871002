using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeArchive.Cli.Commands;

/// <summary>
/// Turns an HTML snippet into terminal text, entities decoded: matches in bold inverse when colour is on, and with no
/// marks at all otherwise, so piped output is the plain words.
/// </summary>
internal static partial class SnippetText
{
    /// <summary>Bold and inverse on, and both off again (not a full reset, which would end an outer style too).</summary>
    public const string HighlightOn = "\u001b[1;7m";
    public const string HighlightOff = "\u001b[22;27m";

    public static string ToTerminal(string html, bool colour)
    {
        var text = new StringBuilder();
        foreach (var part in MarkTag().Split(html))
        {
            if (MarkTag().IsMatch(part))
            {
                text.Append(!colour ? string.Empty : part.StartsWith("</", StringComparison.Ordinal) ? HighlightOff : HighlightOn);
            }
            else
            {
                text.Append(Clean(WebUtility.HtmlDecode(part)));
            }
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    /// <summary>A document's own control characters (an escape sequence in a minute) must not reach the terminal.</summary>
    public static string Clean(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsControl(source[i]) && source[i] is not ('\n' or '\t') ? ' ' : source[i];
        }
    });

    [GeneratedRegex("(</?mark>)", RegexOptions.IgnoreCase)]
    private static partial Regex MarkTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
