namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// Something that takes up a horizontal stretch of one row of a page: a run of words printed close together
/// (<see cref="Words"/>), or a whole ruled table (<see cref="Table"/>), which counts as one row of its own.
/// </summary>
internal sealed class LayoutItem
{
    public LayoutItem(IReadOnlyList<LayoutWord> words)
    {
        Words = words;
        Left = words.Min(w => w.Left);
        Right = words.Max(w => w.Right);
        Bottom = words.Min(w => w.Bottom);
        Top = words.Max(w => w.Top);
    }

    public LayoutItem(LayoutTable table)
    {
        Table = table;
        Words = [];
        (Left, Right, Bottom, Top) = (table.Left, table.Right, table.Bottom, table.Top);
    }

    public IReadOnlyList<LayoutWord> Words { get; }

    public LayoutTable? Table { get; }

    public double Left { get; }

    public double Right { get; }

    public double Bottom { get; }

    public double Top { get; }

    public double Width => Right - Left;

    public string Text => string.Join(' ', Words.Select(w => w.Text));
}
