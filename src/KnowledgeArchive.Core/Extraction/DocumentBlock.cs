namespace KnowledgeArchive.Core.Extraction;

/// <summary>
/// A block of a document in reading order: a heading, a paragraph, a list item or a table, with where it is printed.
/// <see cref="Text"/> is the text of its <see cref="Spans"/> (one a page it runs over) joined by single spaces, so any
/// part of it can be traced back to the page and characters it was read from.
/// </summary>
public sealed record DocumentBlock
{
    public required BlockKind Kind { get; init; }

    /// <summary>The block's text; for a table, its rows on lines of their own with cells separated by " | ".</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Where the text is printed: one span for each page it runs over, in order.</summary>
    public IReadOnlyList<PageSpan> Spans { get; init; } = [];

    /// <summary>A heading's depth or a list item's nesting, from 1.</summary>
    public int Level { get; init; } = 1;

    /// <summary>
    /// What is printed apart beside the block: an item reference in a margin column ("GB19/023"), a list's bullet or
    /// number ("•", "3.", "(b)"); null when there is none.
    /// </summary>
    public string? Label { get; init; }

    public PageSpan? LabelSpan { get; init; }

    /// <summary>Set off from running text by its type: all of it bold, or larger than the body text.</summary>
    public bool Emphasised { get; init; }

    /// <summary>A table's rows; empty for other blocks.</summary>
    public IReadOnlyList<TableRow> Rows { get; init; } = [];

    /// <summary>The page the block starts on.</summary>
    public int Page => LabelSpan?.Page ?? (Spans.Count > 0 ? Spans[0].Page : 0);

    /// <summary>The page the character at <paramref name="offset"/> of <see cref="Text"/> is printed on.</summary>
    public int PageAt(int offset)
    {
        var at = 0;
        foreach (var span in Spans)
        {
            at += span.Length + 1;
            if (offset < at)
            {
                return span.Page;
            }
        }

        return Spans.Count > 0 ? Spans[^1].Page : Page;
    }

    /// <summary>
    /// Where a range of <see cref="Text"/> is printed: a span for each page it covers. Each span's text in its page
    /// is exactly that part of <see cref="Text"/> (the space joining two pages' parts belongs to neither).
    /// </summary>
    public IReadOnlyList<PageSpan> Locate(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var found = new List<PageSpan>();
        var at = 0;
        foreach (var span in Spans)
        {
            var from = Math.Max(start, at);
            var to = Math.Min(start + length, at + span.Length);
            if (to > from)
            {
                found.Add(new PageSpan(span.Page, span.Start + (from - at), to - from));
            }

            at += span.Length + 1;
        }

        return found;
    }

    /// <summary>This block and, for a table, every block in its cells, in reading order.</summary>
    public IEnumerable<DocumentBlock> Descendants()
    {
        yield return this;
        foreach (var block in Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).SelectMany(b => b.Descendants()))
        {
            yield return block;
        }
    }
}
