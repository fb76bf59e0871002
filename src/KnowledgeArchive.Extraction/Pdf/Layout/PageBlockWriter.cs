using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// Writes laid-out blocks page by page. The last paragraph of a page is held open: when the next page starts with
/// its continuation (a paragraph that carries on the sentence), the two are one block across the page break. A table
/// that ends a page is held open too: when the next page starts with a table of as many columns across the same
/// width, its rows carry on the same table.
/// </summary>
internal sealed class PageBlockWriter(DocumentAssembler output, double bodySize, Dictionary<double, int> levels)
{
    private PageBlock? held;
    private LayoutTable? heldTable;

    public void Write(IReadOnlyList<PageBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i == 0 && held is not null && Continues(held, block))
            {
                output.Append(block.Text);
                held = block;
            }
            else if (i == 0 && heldTable is not null && block.Table is { } continued && Continues(heldTable, continued))
            {
                WriteRows(continued);
                heldTable = continued;
            }
            else
            {
                Release();
                WriteBlock(block);
            }

            if (i < blocks.Count - 1 || block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Table))
            {
                Release();
            }
        }
    }

    /// <summary>A page read in content order: its paragraphs are the runs of text between blank lines.</summary>
    public void WritePlain(string text)
    {
        Release();
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            output.AddBlock(BlockKind.Paragraph, paragraph);
        }
    }

    public void Finish() => Release();

    private void Release()
    {
        if (held is not null)
        {
            output.EndBlock();
            held = null;
        }

        if (heldTable is not null)
        {
            output.EndTable();
            heldTable = null;
        }
    }

    private void WriteBlock(PageBlock block)
    {
        if (block.Table is { } table)
        {
            WriteTable(table);
            return;
        }

        var level = block.Kind == BlockKind.Heading ? levels.GetValueOrDefault(Math.Round(block.Size * 2) / 2, 3) : 1;
        output.BeginBlock(block.Kind, level, block.Label, block.Bold || block.Size >= bodySize + 1.5);
        output.Append(block.Text);
        held = block;
    }

    private void WriteTable(LayoutTable table)
    {
        output.BeginTable();
        WriteRows(table);
        heldTable = table;
    }

    private void WriteRows(LayoutTable table)
    {
        foreach (var row in table.Rows)
        {
            output.BeginRow();
            foreach (var cell in row)
            {
                output.BeginCell();
                foreach (var block in LineGrouper.Group(cell, bodySize))
                {
                    output.AddBlock(block.Kind == BlockKind.Heading ? BlockKind.Paragraph : block.Kind, block.Text, 1, block.Label, block.Bold);
                }

                output.EndCell();
            }
        }
    }

    /// <summary>A table at the top of a page that carries on the one that ended the page before: as many columns, across the same width.</summary>
    private bool Continues(LayoutTable previous, LayoutTable next)
    {
        var em = Math.Max(bodySize, 1);
        return previous.Rows.Count > 0 && next.Rows.Count > 0 && previous.Rows[^1].Count == next.Rows[0].Count
            && Math.Abs(previous.Left - next.Left) < 2 * em && Math.Abs(previous.Right - next.Right) < 2 * em;
    }

    /// <summary>A paragraph that carries on the last one's sentence: it ended mid-sentence and this starts in lower case or with a number.</summary>
    private static bool Continues(PageBlock previous, PageBlock next)
    {
        if (next.Kind != BlockKind.Paragraph || next.Label is not null || previous.Kind is not (BlockKind.Paragraph or BlockKind.ListItem))
        {
            return false;
        }

        var ending = previous.Text.TrimEnd();
        if (ending.Length == 0 || ending[^1] is '.' or '!' or '?' or ':' or ';')
        {
            return false;
        }

        var start = next.Text.TrimStart();
        return start.Length > 0 && (char.IsLower(start[0]) || char.IsDigit(start[0]) || ending[^1] is ',' or '-' or '–' or '(');
    }
}
