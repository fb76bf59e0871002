using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// Writes the paragraphs of an RTF body as blocks: headings (by outline level, by a "heading N" style, or bold and
/// heading-shaped), list items with the labels the file printed, paragraphs, and tables of rows and cells (nested
/// tables inside their cells), breaking pages where the file put page and section breaks.
/// </summary>
internal sealed class RtfBodyWriter(DocumentAssembler output, RtfStyleSheet styles, int maxCells)
{
    private readonly PagedWriter pages = new(output);
    private readonly List<TableLevel> tables = [];
    private int cells;

    /// <summary>Writes a finished paragraph at <paramref name="tableDepth"/> (0 outside tables).</summary>
    public void Paragraph(RtfParagraph paragraph, RtfGroupState state, int tableDepth)
    {
        if (paragraph.IsEmpty && tableDepth == 0)
        {
            // An empty paragraph after a table still ends it.
            Open(0);
            return;
        }

        if (state.PageBreakBefore && !pages.AtPageStart)
        {
            if (output.PageNumber > RtfLimits.MaxPageBreaks)
            {
                throw new RtfLimitException(RtfLimits.TooManyPages());
            }

            pages.BreakPage();
        }

        var pieces = paragraph.Pieces;
        var leading = pieces.TakeWhile(p => p is null).Count();
        for (var i = 0; i < leading; i++)
        {
            pages.BreakPage();
        }

        Open(tableDepth);
        var text = paragraph.Text;
        var bold = paragraph.BoldRuns > 0 && paragraph.PlainRuns == 0;
        var label = paragraph.Label;
        var headingLevel = state.OutlineLevel is >= 0 and < 9 ? state.OutlineLevel + 1 : styles.HeadingLevel(state.Style);
        var kind = headingLevel is not null ? BlockKind.Heading
            : label is not null ? BlockKind.ListItem
            : bold && HeadingShape.Fits(text) ? BlockKind.Heading
            : BlockKind.Paragraph;
        var level = kind switch
        {
            BlockKind.Heading => headingLevel ?? 3,
            BlockKind.ListItem => Math.Clamp(state.ListLevel, 0, 8) + 1,
            _ => 1,
        };

        pages.Block(kind, level, label, bold, pieces.Skip(leading));
    }

    /// <summary>A cell ends (<c>\cell</c> at depth 1, <c>\nestcell</c> deeper); a cell with no text still holds its place.</summary>
    public void EndCell(int depth)
    {
        Open(depth);
        output.EndCell();
        tables[depth - 1].CellOpen = false;
    }

    /// <summary>A row ends (<c>\row</c> at depth 1, <c>\nestrow</c> deeper); the next text at that depth starts a new row.</summary>
    public void EndRow(int depth)
    {
        if (tables.Count < depth)
        {
            return;
        }

        Close(depth);
        var table = tables[depth - 1];
        if (table.CellOpen)
        {
            output.EndCell();
            table.CellOpen = false;
        }

        table.RowOpen = false;
    }

    /// <summary>A page or section break between paragraphs.</summary>
    public void BreakPage() => pages.BreakPage();

    public void Finish() => Close(0);

    /// <summary>Opens the tables, rows and cells a paragraph at <paramref name="depth"/> is written in, and closes deeper ones.</summary>
    private void Open(int depth)
    {
        Close(depth);
        for (var level = 1; level <= depth; level++)
        {
            if (tables.Count < level)
            {
                output.BeginTable();
                tables.Add(new TableLevel());
            }

            var table = tables[level - 1];
            if (!table.RowOpen)
            {
                output.BeginRow();
                table.RowOpen = true;
            }

            if (!table.CellOpen)
            {
                if (++cells > maxCells)
                {
                    throw new RtfLimitException(RtfLimits.TooManyCells(maxCells));
                }

                output.BeginCell();
                table.CellOpen = true;
            }
        }
    }

    private void Close(int depth)
    {
        while (tables.Count > depth)
        {
            if (tables[^1].CellOpen)
            {
                output.EndCell();
            }

            output.EndTable();
            tables.RemoveAt(tables.Count - 1);
        }
    }

    private sealed class TableLevel
    {
        public bool RowOpen { get; set; }

        public bool CellOpen { get; set; }
    }
}
