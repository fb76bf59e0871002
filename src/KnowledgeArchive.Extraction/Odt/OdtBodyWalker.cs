using System.Text;
using System.Xml.Linq;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;
using KnowledgeArchive.Language.Text;
using static KnowledgeArchive.Extraction.Odt.OdfNames;

namespace KnowledgeArchive.Extraction.Odt;

/// <summary>
/// Walks an OpenDocument text body in order and writes its blocks: headings (<c>text:h</c> with their outline level,
/// or bold heading-shaped paragraphs), list items with the labels their list style prints, paragraphs, and tables of
/// rows and cells; pages break where the word processor last laid them out (<c>text:soft-page-break</c>) and before
/// paragraphs whose style starts a new page. Notes, annotations and tracked deletions are not the document's text.
/// </summary>
internal sealed class OdtBodyWalker(DocumentAssembler output, OdtStyles styles, CancellationToken cancellationToken)
{
    private static readonly HashSet<XName> Skipped =
    [
        Text + "note", Text + "tracked-changes", Text + "sequence-decls", Text + "variable-decls", Text + "user-field-decls",
        Text + "number", Office + "annotation", Office + "annotation-end", Office + "forms", Table + "table-columns", Table + "table-column",
    ];

    private readonly OdtListNumbers numbers = new(styles);

    private readonly PagedWriter pages = new(output);

    public void Walk(XElement body)
    {
        foreach (var child in body.Elements())
        {
            WalkBlock(child);
        }
    }

    /// <summary>The plain text of an element (a header or footer), its paragraphs on lines of their own.</summary>
    public static string PlainText(XElement element) =>
        string.Join('\n', element.Descendants().Where(e => e.Name == Text + "p" || e.Name == Text + "h").Select(p => string.Concat(p.DescendantNodes().OfType<XText>().Select(t => t.Value))));

    private void WalkBlock(XElement element)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (element.Name == Text + "p" || element.Name == Text + "h")
        {
            WalkParagraph(element, null);
        }
        else if (element.Name == Text + "list")
        {
            WalkList(element, 0, null);
        }
        else if (element.Name == Table + "table")
        {
            WalkTable(element);
        }
        else if (element.Name == Text + "soft-page-break")
        {
            pages.BreakPage();
        }
        else if (!Skipped.Contains(element.Name))
        {
            // Sections, indexes and other containers hold blocks of their own.
            foreach (var child in element.Elements())
            {
                WalkBlock(child);
            }
        }
    }

    private void WalkList(XElement list, int depth, string? inheritedStyle)
    {
        var style = list.Attribute(Text + "style-name")?.Value ?? inheritedStyle;
        if (depth == 0)
        {
            numbers.StartList(style, list.Attribute(Text + "continue-numbering")?.Value == "true" || list.Attribute(Text + "continue-list") is not null);
        }

        foreach (var item in list.Elements())
        {
            if (item.Name == Text + "soft-page-break")
            {
                pages.BreakPage();
                continue;
            }

            if (item.Name != Text + "list-item" && item.Name != Text + "list-header")
            {
                continue;
            }

            var start = int.TryParse(item.Attribute(Text + "start-value")?.Value, out var value) ? value : (int?)null;
            var label = item.Name == Text + "list-item" ? numbers.Next(style, depth + 1, start) : null;
            var first = true;
            foreach (var child in item.Elements())
            {
                if (child.Name == Text + "list")
                {
                    WalkList(child, depth + 1, style);
                }
                else if (child.Name == Text + "p" || child.Name == Text + "h")
                {
                    WalkParagraph(child, first ? new ListPlace(label, depth + 1) : null);
                    first = false;
                }
                else
                {
                    WalkBlock(child);
                }
            }
        }
    }

    private void WalkParagraph(XElement paragraph, ListPlace? place)
    {
        var style = paragraph.Attribute(Text + "style-name")?.Value;
        if (styles.BreaksPageBefore(style) && !pages.AtPageStart)
        {
            pages.BreakPage();
        }

        var pieces = new Pieces();
        var paragraphBold = styles.IsBold("paragraph", style);
        Inline(paragraph, null, paragraphBold, pieces);
        var text = pieces.ToString();
        var bold = pieces.BoldRuns > 0 && pieces.PlainRuns == 0;
        var outline = paragraph.Name == Text + "h"
            ? int.TryParse(paragraph.Attribute(Text + "outline-level")?.Value, out var level) && level is > 0 and < 10 ? level : 1
            : styles.OutlineLevel(style);
        var label = place?.Label ?? (paragraph.Element(Text + "number")?.Value is { } number ? TextNormaliser.Inline(number) : null);
        var kind = outline is not null ? BlockKind.Heading
            : place is not null ? BlockKind.ListItem
            : bold && HeadingShape.Fits(text) ? BlockKind.Heading
            : BlockKind.Paragraph;
        pages.Block(kind, kind == BlockKind.Heading ? outline ?? 3 : place?.Level ?? 1, label is { Length: > 0 } ? label : null, bold, pieces.All);
    }

    private void Inline(XElement element, string? spanStyle, bool paragraphBold, Pieces pieces)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                pieces.Add(text.Value, spanStyle is null ? paragraphBold : styles.IsBold("text", spanStyle) || (paragraphBold && !styles.SetsWeight("text", spanStyle)));
                continue;
            }

            if (node is not XElement child || Skipped.Contains(child.Name))
            {
                continue;
            }

            if (child.Name == Text + "s")
            {
                pieces.Add(new string(' ', int.TryParse(child.Attribute(Text + "c")?.Value, out var count) ? Math.Clamp(count, 1, 100) : 1), null);
            }
            else if (child.Name == Text + "tab" || child.Name == Text + "line-break")
            {
                pieces.Add(" ", null);
            }
            else if (child.Name == Text + "soft-page-break")
            {
                pieces.PageBreak();
            }
            else if (child.Name == Text + "p" || child.Name == Text + "h")
            {
                // A paragraph inside a text box or frame: its words, set apart.
                pieces.Add(" ", null);
                Inline(child, null, styles.IsBold("paragraph", child.Attribute(Text + "style-name")?.Value), pieces);
                pieces.Add(" ", null);
            }
            else
            {
                Inline(child, child.Name == Text + "span" ? child.Attribute(Text + "style-name")?.Value ?? spanStyle : spanStyle, paragraphBold, pieces);
            }
        }
    }

    private void WalkTable(XElement table)
    {
        var rows = Rows(table).ToList();
        if (MarginHeading(rows) is { } heading)
        {
            // An item heading set as a one-row table: the reference in a narrow first cell, the title beside it.
            pages.Block(BlockKind.Heading, heading.Title, 2, heading.Label, heading.Bold);
            return;
        }

        output.BeginTable();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.BeginRow();
            foreach (var cell in row.Elements(Table + "table-cell"))
            {
                output.BeginCell();
                foreach (var child in cell.Elements())
                {
                    WalkBlock(child);
                }

                output.EndCell();
            }
        }

        output.EndTable();
    }

    /// <summary>A table's rows in order, inside header rows and row groups too, but not those of tables nested in its cells.</summary>
    private static IEnumerable<XElement> Rows(XElement container)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == Table + "table-row")
            {
                yield return child;
            }
            else if (child.Name == Table + "table-header-rows" || child.Name == Table + "table-rows" || child.Name == Table + "table-row-group")
            {
                foreach (var row in Rows(child))
                {
                    yield return row;
                }
            }
        }
    }

    private (string Label, string Title, bool Bold)? MarginHeading(List<XElement> rows)
    {
        if (rows.Count != 1)
        {
            return null;
        }

        var cells = rows[0].Elements(Table + "table-cell").Where(c => c.Value.Trim().Length > 0).ToList();
        if (cells.Count != 2 || cells.Any(c => c.Descendants(Table + "table").Any() || c.Elements(Text + "p").Count(p => p.Value.Trim().Length > 0) != 1))
        {
            return null;
        }

        var label = TextNormaliser.Inline(cells[0].Value);
        var title = TextNormaliser.Inline(cells[1].Value);
        var paragraph = cells[1].Elements(Text + "p").First(p => p.Value.Trim().Length > 0);
        var pieces = new Pieces();
        Inline(paragraph, null, styles.IsBold("paragraph", paragraph.Attribute(Text + "style-name")?.Value), pieces);
        return HeadingShape.IsMarginLabel(label) && HeadingShape.Fits(title) ? (label, title, pieces.BoldRuns > 0 && pieces.PlainRuns == 0) : null;
    }


    /// <summary>Where a list item's first paragraph stands: the label its list prints and its nesting level (from 1).</summary>
    private sealed record ListPlace(string? Label, int Level);

    /// <summary>A paragraph's text in order, with the page breaks inside it (null entries) and how much of it is bold.</summary>
    private sealed class Pieces
    {
        private readonly List<string?> pieces = [];
        private readonly StringBuilder all = new();

        public IReadOnlyList<string?> All => pieces;

        public int BoldRuns { get; private set; }

        public int PlainRuns { get; private set; }

        /// <summary>Adds text; <paramref name="bold"/> is null for spacing, which counts neither way.</summary>
        public void Add(string text, bool? bold)
        {
            pieces.Add(text);
            all.Append(text);
            if (bold is null || text.Trim().Length == 0)
            {
                return;
            }

            if (bold.Value)
            {
                BoldRuns++;
            }
            else
            {
                PlainRuns++;
            }
        }

        public void PageBreak() => pieces.Add(null);

        public override string ToString() => all.ToString();
    }
}
