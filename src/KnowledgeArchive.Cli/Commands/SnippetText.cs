using System.Net;
using System.Text.RegularExpressions;

namespace KnowledgeArchive.Cli.Commands;

/// <summary>Turns an HTML snippet into terminal text: matches shown between » and «, entities decoded.</summary>
internal static partial class SnippetText
{
    public static string ToPlain(string html)
    {
        var marked = MarkTag().Replace(html, m => m.Value.StartsWith("</", StringComparison.Ordinal) ? "«" : "»");
        return WebUtility.HtmlDecode(Whitespace().Replace(marked, " ")).Trim();
    }

    [GeneratedRegex("</?mark>", RegexOptions.IgnoreCase)]
    private static partial Regex MarkTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
