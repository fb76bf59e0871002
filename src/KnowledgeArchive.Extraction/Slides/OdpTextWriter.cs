using System.Globalization;
using System.Text;
using System.Xml.Linq;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Odt;
using static KnowledgeArchive.Extraction.Odt.OdfNames;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>
/// Writes the text of an OpenDocument slide's shapes: paragraphs, headings (<c>text:h</c>, below the slide's title),
/// list items at their nesting with the labels their list style prints, and tables of rows and cells. Annotations and
/// notes inside paragraphs are not the slide's text.
/// </summary>
internal sealed class OdpTextWriter(SlideWriter output, OdtListNumbers numbers, PresentationLimits limits)
{
    private static readonly HashSet<XName> Skipped = [Office + "annotation", Office + "annotation-end", Text + "note"];
    private static readonly HashSet<XName> RowGroups = [Table + "table-header-rows", Table + "table-rows", Table + "table-row-group"];

    /// <summary>The text of an element's paragraphs, joined by <paramref name="separator"/>.</summary>
    public static string PlainText(XElement element, char separator) =>
        string.Join(separator, element.Descendants().Where(e => e.Name == Text + "p" || e.Name == Text + "h").Select(p => p.Value));

    /// <summary>Writes the paragraphs, lists and tables an element holds, in order.</summary>
    public void WriteBlocks(XElement container, int depth)
    {
        Guard(depth);
        foreach (var child in container.Elements())
        {
            if (child.Name == Text + "p")
            {
                output.Block(BlockKind.Paragraph, Inline(child));
            }
            else if (child.Name == Text + "h")
            {
                output.Block(BlockKind.Heading, Inline(child), Math.Clamp((Number(child, "outline-level") ?? 1) + 1, 2, 9));
            }
            else if (child.Name == Text + "list")
            {
                List(child, 1, null, depth + 1);
            }
            else if (child.Name == Table + "table")
            {
                WriteTable(child, depth + 1);
            }
        }
    }

    public void WriteTable(XElement table, int depth)
    {
        Guard(depth);
        output.BeginTable();
        foreach (var row in Rows(table, depth))
        {
            output.BeginRow();

            // A covered cell, merged into its neighbour, prints nothing of its own but keeps its column.
            foreach (var cell in row.Elements().Where(c => c.Name == Table + "table-cell" || c.Name == Table + "covered-table-cell"))
            {
                output.BeginCell();
                WriteBlocks(cell, depth + 1);
                output.EndCell();
            }
        }

        output.EndTable();
    }

    private void List(XElement list, int level, string? inheritedStyle, int depth)
    {
        Guard(depth);
        var style = list.Attribute(Text + "style-name")?.Value ?? inheritedStyle;
        if (level == 1)
        {
            var continues = list.Attribute(Text + "continue-numbering")?.Value == "true"
                || list.Attribute(Text + "continue-list") is not null;
            numbers.StartList(style, continues);
        }

        foreach (var item in list.Elements().Where(e => e.Name == Text + "list-item" || e.Name == Text + "list-header"))
        {
            var label = item.Name == Text + "list-item" ? numbers.Next(style, level, Number(item, "start-value")) : null;
            foreach (var child in item.Elements())
            {
                if (child.Name == Text + "list")
                {
                    List(child, level + 1, style, depth + 1);
                }
                else if (child.Name == Text + "p" || child.Name == Text + "h")
                {
                    output.Block(BlockKind.ListItem, Inline(child), level, label);
                    label = null;
                }
            }
        }
    }

    private IEnumerable<XElement> Rows(XElement container, int depth)
    {
        Guard(depth);
        foreach (var child in container.Elements())
        {
            if (child.Name == Table + "table-row")
            {
                yield return child;
            }
            else if (RowGroups.Contains(child.Name))
            {
                foreach (var row in Rows(child, depth + 1))
                {
                    yield return row;
                }
            }
        }
    }

    private string Inline(XElement paragraph)
    {
        var text = new StringBuilder();
        Inline(paragraph, text, 0);
        return text.ToString();
    }

    private void Inline(XElement element, StringBuilder text, int depth)
    {
        Guard(depth);
        foreach (var node in element.Nodes())
        {
            if (node is XText run)
            {
                text.Append(run.Value);
            }
            else if (node is XElement child && !Skipped.Contains(child.Name))
            {
                if (child.Name == Text + "s" || child.Name == Text + "tab" || child.Name == Text + "line-break")
                {
                    text.Append(' ');
                }
                else
                {
                    Inline(child, text, depth + 1);
                }
            }
        }
    }

    private static int? Number(XElement element, string attribute) =>
        int.TryParse(element.Attribute(Text + attribute)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private void Guard(int depth)
    {
        if (depth > limits.MaxNesting)
        {
            throw new PresentationLimitException(PresentationRefusals.TooDeep(limits.MaxNesting));
        }
    }
}
