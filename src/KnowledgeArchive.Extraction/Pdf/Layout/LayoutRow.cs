namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>What is printed on one line of a page, left to right: its items, split where a wide gap separates them.</summary>
internal sealed class LayoutRow(IReadOnlyList<LayoutItem> items)
{
    public IReadOnlyList<LayoutItem> Items { get; } = items;

    public double Top => Items.Max(i => i.Top);

    public double Bottom => Items.Min(i => i.Bottom);

    public double Left => Items.Min(i => i.Left);

    public double Right => Items.Max(i => i.Right);

    public bool IsTable => Items.Count == 1 && Items[0].Table is not null;

    /// <summary>The part of this row left of <paramref name="x"/>, or right of it; null when nothing is there.</summary>
    public LayoutRow? Side(double x, bool left)
    {
        var kept = Items.Where(i => left ? i.Right <= x : i.Left >= x).ToList();
        return kept.Count == 0 ? null : new LayoutRow(kept);
    }
}
