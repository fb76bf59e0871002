using System.Text;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>
/// Writes the lines of a text file's pages as blocks: runs of lines as paragraphs (hard-wrapped lines joined), list
/// items with their printed labels, headings marked the Markdown way or in capitals, pipe tables and code blocks.
/// </summary>
internal sealed class PlainTextReader(DocumentAssembler output, CancellationToken cancellationToken)
{
    private const int CancellationStride = 4096;

    private readonly StringBuilder text = new();
    private readonly Stack<int> listIndents = new();
    private BlockKind? openKind;
    private string? openLabel;
    private int openLevel = 1;

    /// <summary>Writes one page's lines; whatever is open is closed at its end.</summary>
    public void ReadPage(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            i = ReadLine(lines, i);
        }

        Close();
        listIndents.Clear();
    }

    /// <summary>Reads the block, or the part of one, that starts at line <paramref name="i"/>; returns the last line used.</summary>
    private int ReadLine(IReadOnlyList<string> lines, int i)
    {
        var line = lines[i];
        var next = i + 1 < lines.Count ? lines[i + 1] : null;
        if (MarkdownLine.IsBlank(line))
        {
            Close();
            return i;
        }

        if (MarkdownLine.Fence(line) is { } fence)
        {
            return CodeBlock(lines, i, fence);
        }

        if (MarkdownLine.AtxHeading(line) is { } atx)
        {
            Heading(atx.Text, atx.Level);
            return i;
        }

        if (openKind is null && next is not null && MarkdownLine.UnderlineLevel(next) is { } underlined && MarkdownLine.IsHeadingShaped(line))
        {
            Heading(line, underlined);
            return i + 1;
        }

        if (MarkdownLine.IsRule(line))
        {
            Close();
            return i;
        }

        if (MarkdownLine.StartsTable(line, next))
        {
            return Table(lines, i);
        }

        if (MarkdownLine.ListItem(line) is { } item)
        {
            Open(BlockKind.ListItem, ListLevel(item.Indent, item.Label), item.Label);
            text.Append(item.Text);
            if (MarkdownLine.IsCapitalsHeading(item.Text))
            {
                // "3. MATTERS ARISING": a numbered heading in plain-text minutes; the lines below are its body, not its text.
                Close();
            }

            return i;
        }

        if (MarkdownLine.IsCapitalsHeading(line))
        {
            Heading(line, 1);
            return i;
        }

        if (openKind is null)
        {
            listIndents.Clear();
            Open(BlockKind.Paragraph, 1, null);
        }

        text.Append('\n').Append(line);
        return i;
    }

    private void Heading(string line, int level)
    {
        Close();
        listIndents.Clear();
        output.AddBlock(BlockKind.Heading, MarkdownInline.Strip(line.Trim()), level);
    }

    private int CodeBlock(IReadOnlyList<string> lines, int start, string fence)
    {
        Close();
        Open(BlockKind.Paragraph, 1, null);
        var i = start + 1;
        for (; i < lines.Count && !MarkdownLine.ClosesFence(lines[i], fence); i++)
        {
            text.Append('\n').Append(lines[i]);
        }

        // Code keeps its marks: it is written out without the inline clean-up.
        output.AddBlock(BlockKind.Paragraph, text.ToString());
        text.Clear();
        openKind = null;
        return Math.Min(i, lines.Count - 1);
    }

    private int Table(IReadOnlyList<string> lines, int start)
    {
        Close();
        listIndents.Clear();
        output.BeginTable();
        var i = start;
        for (; i < lines.Count && MarkdownLine.IsTableRow(lines[i]); i++)
        {
            if (i == start + 1)
            {
                continue;
            }

            output.BeginRow();
            foreach (var cell in PipeTable.Cells(lines[i]))
            {
                output.BeginCell();
                output.Append(MarkdownInline.Strip(cell));
                output.EndCell();
            }
        }

        output.EndTable();
        return i - 1;
    }

    /// <summary>A list item's nesting: from its number's parts ("2.3" is level 2), else from its indent among the items above it.</summary>
    private int ListLevel(int indent, string label)
    {
        while (listIndents.Count > 0 && listIndents.Peek() > indent)
        {
            listIndents.Pop();
        }

        if (listIndents.Count == 0 || listIndents.Peek() < indent)
        {
            listIndents.Push(indent);
        }

        var parts = label.TrimEnd('.').Split('.').Length;
        return parts > 1 && char.IsDigit(label[0]) ? parts : listIndents.Count;
    }

    private void Open(BlockKind kind, int level, string? label)
    {
        Close();
        openKind = kind;
        openLevel = level;
        openLabel = label;
    }

    private void Close()
    {
        if (openKind is not { } kind)
        {
            return;
        }

        output.AddBlock(kind, MarkdownInline.Strip(text.ToString()), openLevel, openLabel);
        text.Clear();
        openKind = null;
        openLabel = null;
    }
}
