using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>
/// Measures how many elements a page holds and how deep they nest, from its markup, before it is parsed: the parser
/// slows with the square of the depth, so a page nested thousands deep (which no editor writes) is refused unread.
/// </summary>
/// <remarks>
/// Elements that close themselves (paragraphs, list items, cells, empty elements such as <c>br</c>) do not count to
/// the depth, as a page that never closes its paragraphs is ordinary, not hostile.
/// </remarks>
internal static class HtmlNesting
{
    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "colgroup", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText =
        new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp" };

    public static QuarantineReason? Refusal(string html, int maxDepth, int maxElements)
    {
        ArgumentNullException.ThrowIfNull(html);
        int depth = 0, elements = 0, at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            var next = html[at + 1];
            if (next is '!' or '?')
            {
                at = html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal) ? After(html, "-->", at + 4) : After(html, ">", at + 1);
            }
            else if (next == '/')
            {
                var (name, end) = Name(html, at + 2);
                depth -= depth > 0 && !SelfClosing.Contains(name) ? 1 : 0;
                at = end;
            }
            else if (char.IsAsciiLetter(next))
            {
                var (name, end) = Name(html, at + 1);
                var (close, selfClosing) = TagEnd(html, end);
                if (++elements > maxElements)
                {
                    return new QuarantineReason(
                        QuarantineCodes.TooLarge, $"the HTML page has more than {maxElements:N0} elements, more than is read from one page");
                }

                if (!selfClosing && !SelfClosing.Contains(name) && ++depth > maxDepth)
                {
                    return QuarantineReason.Corrupt(
                        $"the HTML page nests its elements more than {maxDepth:N0} deep, which no editor writes: it is not read");
                }

                at = RawText.Contains(name) ? After(html, "</" + name, close) : close;
            }
            else
            {
                at++;
            }
        }

        return null;
    }

    private static int After(string html, string end, int from)
    {
        var found = html.IndexOf(end, from, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? html.Length : found + end.Length;
    }

    private static (string Name, int End) Name(string html, int from)
    {
        var end = from;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is ':' or '-' or '_'))
        {
            end++;
        }

        return (html[from..end], end);
    }

    /// <summary>Where a start tag ends (after its '>', skipping quoted attribute values) and whether it closes itself ("/>").</summary>
    private static (int Close, bool SelfClosing) TagEnd(string html, int from)
    {
        char? quote = null;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return (i + 1, html[i - 1] == '/');
            }
        }

        return (html.Length, false);
    }
}
