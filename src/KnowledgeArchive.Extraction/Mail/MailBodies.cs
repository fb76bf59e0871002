using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeArchive.Extraction.Mail;

/// <summary>Turns an HTML-only email body into the text a reader sees: blocks on lines of their own, scripts and styles left out.</summary>
public static class MailBodies
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title", "template", "noscript" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "pre", "hr",
    };

    public static string HtmlAsText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();

        // Walked with a stack, not recursion: a message nesting thousands of elements cannot overflow it.
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((document.Body ?? (INode)document, false));
        while (pending.Count > 0)
        {
            var (node, closing) = pending.Pop();
            if (node is IElement element)
            {
                if (Hidden.Contains(element.LocalName))
                {
                    continue;
                }

                if (Blocks.Contains(element.LocalName))
                {
                    text.Append('\n');
                }

                if (closing)
                {
                    continue;
                }

                if (element.LocalName is "td" or "th")
                {
                    text.Append(" | ");
                }

                pending.Push((node, true));
            }
            else if (node.NodeType == NodeType.Text)
            {
                text.Append(node.TextContent);
                continue;
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }

        return text.ToString();
    }
}
