using AngleSharp.Dom;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>
/// Walks a page's body in reading order, without recursion, writing what a browser shows as blocks: headings with
/// their level, paragraphs, list items with the numbers or bullets printed before them, and tables of rows and cells
/// (a table inside a cell is written into that cell's text). Scripts, styles and hidden elements are passed over; an
/// inline page-break style (as Word writes when it saves a document as a web page) starts a new page.
/// </summary>
internal sealed class HtmlBodyWalker(DocumentAssembler output, int maxCharacters, CancellationToken cancellationToken)
{
    private const int CancellationStride = 4096;
    private const int MaxListLevel = 9;

    private static readonly HashSet<string> Hidden =
    [
        "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed", "canvas", "audio", "video",
        "select", "textarea", "title",
    ];

    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "section", "article", "header", "footer", "nav", "main", "aside", "address", "blockquote", "pre", "dl", "dt",
        "dd", "figure", "figcaption", "form", "fieldset", "legend", "center", "hr", "details", "summary", "body", "caption", "thead",
        "tbody", "tfoot",
    ];

    private readonly Stack<HtmlOrderedList?> lists = new();
    private int tables;
    private int characters;
    private bool inCell;

    [Flags]
    private enum Exit
    {
        None = 0,
        EndBlock = 1,
        EndCell = 2,
        EndTable = 4,
        EndList = 8,
        BreakPage = 16,
        LeaveTable = 32,
    }

    /// <summary>Writes the element's content; false when it holds more than the characters allowed (and writing stopped).</summary>
    public bool Walk(IElement body)
    {
        var pending = new Stack<(INode Node, Exit Exit, bool Leaving)>();
        pending.Push((body, Exit.None, false));
        for (var visited = 0; pending.Count > 0; visited++)
        {
            if (visited % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (node, exit, leaving) = pending.Pop();
            if (leaving)
            {
                Leave(exit);
            }
            else if (node is IText text)
            {
                if (!WriteText(text.Data))
                {
                    return false;
                }
            }
            else if (node is IElement element && !IsHidden(element))
            {
                pending.Push((element, Enter(element), true));
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    pending.Push((child, Exit.None, false));
                }
            }
        }

        return true;
    }

    private static bool IsHidden(IElement element) =>
        Hidden.Contains(element.LocalName) || element.HasAttribute("hidden") || HtmlStyle.IsNotDisplayed(element.GetAttribute("style"));

    private bool WriteText(string text)
    {
        // Between a table's rows and cells only the markup's own spacing is found; a browser shows none of it.
        if ((tables > 0 && !inCell) || text.Length == 0)
        {
            return true;
        }

        characters += text.Length;
        if (characters > maxCharacters)
        {
            return false;
        }

        output.Append(text);
        return true;
    }

    private Exit Enter(IElement element)
    {
        var style = element.GetAttribute("style");
        var exit = HtmlStyle.BreaksPageAfter(style) ? Exit.BreakPage : Exit.None;
        if (HtmlStyle.BreaksPageBefore(style))
        {
            if (element.LocalName != "br")
            {
                output.EndBlock();
            }

            BreakPage();
        }

        var name = element.LocalName;
        switch (name)
        {
            case "br":
                output.Append(" ");
                return exit;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                output.BeginBlock(BlockKind.Heading, name[1] - '0');
                return exit | Exit.EndBlock;
            case "ul" or "ol" or "menu" or "dir":
                output.EndBlock();
                lists.Push(name == "ol" ? HtmlOrderedList.Of(element) : null);
                return exit | Exit.EndList | Exit.EndBlock;
            case "li":
                output.BeginBlock(BlockKind.ListItem, Math.Clamp(lists.Count, 1, MaxListLevel), ListLabel(element));
                return exit | Exit.EndBlock;
            case "table" or "tr" or "td" or "th" or "caption" when name != "caption" || tables == 1:
                return exit | EnterTable(element);
            default:
                if (BlockElements.Contains(name))
                {
                    output.EndBlock();
                    return exit | Exit.EndBlock;
                }

                return exit;
        }
    }

    /// <summary>
    /// The outermost table is written as a table (its caption a row of its own); one inside a cell is written into the
    /// cell, a paragraph a cell.
    /// </summary>
    private Exit EnterTable(IElement element)
    {
        if (element.LocalName == "table")
        {
            tables++;
            if (tables == 1)
            {
                output.BeginTable();
                return Exit.EndTable | Exit.LeaveTable;
            }

            output.EndBlock();
            return Exit.EndBlock | Exit.LeaveTable;
        }

        if (tables != 1)
        {
            output.EndBlock();
            return Exit.EndBlock;
        }

        if (element.LocalName == "tr")
        {
            output.BeginRow();
            return Exit.None;
        }

        if (element.LocalName == "caption")
        {
            output.BeginRow();
        }

        output.BeginCell();
        inCell = true;
        return Exit.EndCell;
    }

    private string ListLabel(IElement item) => lists.Count > 0 && lists.Peek() is { } list ? list.TakeLabel(item) : HtmlListNumbers.Bullet;

    private void Leave(Exit exit)
    {
        if (exit.HasFlag(Exit.EndBlock))
        {
            output.EndBlock();
        }

        if (exit.HasFlag(Exit.EndList))
        {
            lists.Pop();
        }

        if (exit.HasFlag(Exit.EndCell))
        {
            output.EndCell();
            inCell = false;
        }

        if (exit.HasFlag(Exit.EndTable))
        {
            output.EndTable();
        }

        if (exit.HasFlag(Exit.LeaveTable))
        {
            tables--;
        }

        if (exit.HasFlag(Exit.BreakPage))
        {
            output.EndBlock();
            BreakPage();
        }
    }

    private void BreakPage()
    {
        if (output.PageHasText)
        {
            output.NewPage();
        }
    }
}
