namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// A line of text as read (its words left to right) with what is printed apart before it: a list bullet or
/// number, or an item reference standing in a margin column.
/// </summary>
internal sealed record LayoutLine(IReadOnlyList<LayoutWord> Words, string? Label = null) : ILayoutElement
{
    /// <summary>Whether <see cref="Label"/> stood in a margin column (an item reference) rather than before the text (a bullet or list number).</summary>
    public bool MarginLabel { get; init; }

    public double Left => Words.Min(w => w.Left);

    public double Right => Words.Max(w => w.Right);

    public double Top => Words.Max(w => w.Top);

    public double Bottom => Words.Min(w => w.Bottom);

    public string Text => string.Join(' ', Words.Select(w => w.Text));

    /// <summary>The size most of its letters are set in.</summary>
    public double Size => Words.GroupBy(w => Math.Round(w.Size * 2) / 2).MaxBy(g => g.Sum(w => w.Text.Length))!.Key;

    public bool Bold => Words.All(w => w.Bold);
}
