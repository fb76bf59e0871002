using System.Text;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Blocks;

/// <summary>
/// Writes a document's blocks and its page texts together, so every block knows the page and characters it was
/// written to. Extractors open and close blocks (and tables, rows and cells) in reading order, add text to the open
/// block, and start new pages; a block open across a page break continues on the next page.
/// </summary>
/// <remarks>
/// In a page's text every top-level block and every table row starts a line of its own, a block's label is written
/// before its text, cells are separated by " | " and blocks inside one cell by a space.
/// </remarks>
public sealed class DocumentAssembler
{
    private readonly List<PageText> pages = [];
    private readonly StringBuilder page = new();
    private readonly Stack<Frame> frames = new();
    private readonly List<DocumentBlock> topLevel = [];
    private OpenBlock? open;
    private Separator pending = Separator.None;

    public DocumentAssembler() => frames.Push(new Frame(topLevel));

    /// <summary>The number of the page being written, from 1.</summary>
    public int PageNumber => pages.Count + 1;

    /// <summary>Whether anything has been written on the current page.</summary>
    public bool PageHasText => page.Length > 0 || open?.HasText == true;

    public void BeginBlock(BlockKind kind, int level = 1, string? label = null, bool emphasised = false)
    {
        if (kind == BlockKind.Table)
        {
            throw new ArgumentException("Tables are opened with BeginTable.", nameof(kind));
        }

        EndBlock();
        open = new OpenBlock(kind, Math.Max(1, level), TextNormaliser.Inline(label ?? string.Empty), emphasised);
    }

    /// <summary>Adds text to the open block (whitespace runs, line breaks and tabs become single spaces).</summary>
    public void Append(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (open is null)
        {
            BeginBlock(BlockKind.Paragraph);
        }

        open!.Append(text);
    }

    /// <summary>Closes the open block; a block with neither text nor label is dropped.</summary>
    public void EndBlock()
    {
        if (open is null)
        {
            return;
        }

        var block = open;
        open = null;
        WriteSegment(block);
        if (block.Spans.Count == 0 && block.LabelSpan is null)
        {
            return;
        }

        frames.Peek().Blocks.Add(new DocumentBlock
        {
            Kind = block.Kind,
            Level = block.Level,
            Text = string.Join(' ', block.Texts),
            Spans = block.Spans,
            Label = block.Label.Length > 0 ? block.Label : null,
            LabelSpan = block.LabelSpan,
            Emphasised = block.Emphasised,
        });
    }

    /// <summary>Adds a whole block at once.</summary>
    public void AddBlock(BlockKind kind, string text, int level = 1, string? label = null, bool emphasised = false)
    {
        BeginBlock(kind, level, label, emphasised);
        Append(text);
        EndBlock();
    }

    public void BeginTable()
    {
        EndBlock();
        frames.Push(new TableFrame());
    }

    public void BeginRow()
    {
        EndBlock();
        var table = CurrentTable("BeginRow");
        table.Rows.Add([]);
        table.RowHasText = false;
        pending = Separator.Line;
    }

    public void BeginCell()
    {
        EndBlock();
        var table = CurrentTable("BeginCell");
        if (table.Rows.Count == 0)
        {
            BeginRow();
        }

        var cell = new Frame([]);
        table.Rows[^1].Add(cell);
        frames.Push(cell);
        pending = table.RowHasText ? Separator.Cell : Separator.Line;
    }

    public void EndCell()
    {
        EndBlock();
        if (frames.Peek() is TableFrame || frames.Count < 2)
        {
            throw new InvalidOperationException("EndCell without an open cell.");
        }

        frames.Pop();
    }

    public void EndTable()
    {
        EndBlock();
        var table = CurrentTable("EndTable");
        frames.Pop();
        var rows = table.Rows
            .Select(r => new TableRow(r.Select(c => new TableCell(c.Blocks)).ToList()))
            .Where(r => r.Cells.Any(c => !c.IsEmpty))
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var spans = table.Spans.OrderBy(s => s.Key).Select(s => new PageSpan(s.Key, s.Value.Start, s.Value.End - s.Value.Start)).ToList();
        frames.Peek().Blocks.Add(new DocumentBlock
        {
            Kind = BlockKind.Table,
            Rows = rows,
            Spans = spans,
            Text = string.Join('\n', spans.Select(s => TextOf(s))),
        });
        pending = Separator.Line;
    }

    /// <summary>Ends the current page; an open block carries on at the top of the next.</summary>
    public void NewPage()
    {
        if (open is not null)
        {
            WriteSegment(open);
        }

        pages.Add(new PageText(PageNumber, page.ToString()));
        page.Clear();
        pending = Separator.None;
    }

    /// <summary>Closes what is open and returns the pages and blocks; the last page is kept only when something is on it or it is the only one.</summary>
    public (IReadOnlyList<PageText> Pages, IReadOnlyList<DocumentBlock> Blocks) Finish()
    {
        EndBlock();
        while (frames.Count > 1)
        {
            if (frames.Peek() is TableFrame)
            {
                EndTable();
            }
            else
            {
                EndCell();
            }
        }

        if (page.Length > 0 || pages.Count == 0)
        {
            NewPage();
        }

        return (pages.ToList(), topLevel.ToList());
    }

    private string TextOf(PageSpan span) =>
        span.Page == PageNumber ? page.ToString(span.Start, span.Length) : pages[span.Page - 1].Text.Substring(span.Start, span.Length);

    private TableFrame CurrentTable(string call) =>
        frames.FirstOrDefault(f => f is TableFrame) as TableFrame
        ?? throw new InvalidOperationException($"{call} without an open table.");

    private void WriteSegment(OpenBlock block)
    {
        var text = block.TakeSegment();
        var label = block.TakeLabel();
        if (text.Length == 0 && label.Length == 0)
        {
            return;
        }

        var table = frames.FirstOrDefault(f => f is TableFrame) as TableFrame;
        WriteSeparator(table is null ? Separator.Line : pending);
        var start = page.Length;
        if (label.Length > 0)
        {
            block.LabelSpan = new PageSpan(PageNumber, page.Length, label.Length);
            page.Append(label);
            if (text.Length > 0)
            {
                page.Append(' ');
            }
        }

        if (text.Length > 0)
        {
            block.Spans.Add(new PageSpan(PageNumber, page.Length, text.Length));
            block.Texts.Add(text);
            page.Append(text);
        }

        if (table is not null)
        {
            table.Cover(PageNumber, start, page.Length);
            table.RowHasText = true;
        }

        pending = table is null ? Separator.Line : Separator.Space;
    }

    private void WriteSeparator(Separator separator)
    {
        if (page.Length == 0)
        {
            return;
        }

        page.Append(separator switch
        {
            Separator.Line => "\n",
            Separator.Cell => " | ",
            _ => " ",
        });
    }

    private enum Separator
    {
        None,
        Line,
        Cell,
        Space,
    }

    private class Frame(List<DocumentBlock> blocks)
    {
        public List<DocumentBlock> Blocks { get; } = blocks;
    }

    private sealed class TableFrame() : Frame([])
    {
        public List<List<Frame>> Rows { get; } = [];

        public Dictionary<int, (int Start, int End)> Spans { get; } = [];

        public bool RowHasText { get; set; }

        public void Cover(int pageNumber, int start, int end) =>
            Spans[pageNumber] = Spans.TryGetValue(pageNumber, out var s) ? (Math.Min(s.Start, start), Math.Max(s.End, end)) : (start, end);
    }
}
