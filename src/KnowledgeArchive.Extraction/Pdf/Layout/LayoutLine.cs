namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// A line of text as read (its words left to right) with what is printed apart before it: a list bullet or
/// number, or an item reference standing in a margin column.
/// </summary>
internal sealed record LayoutLine : ILayoutElement
{
    public LayoutLine(IReadOnlyList<LayoutWord> words, string? label = null)
    {
        Words = words;
        Label = label;
    }

    /// <summary>The words; the line's measures are taken once, when they are set, as layout asks for them again and again.</summary>
    public IReadOnlyList<LayoutWord> Words
    {
        get;
        init
        {
            field = value;
            if (value.Count == 0)
            {
                Bold = true;
                return;
            }

            Left = value.Min(w => w.Left);
            Right = value.Max(w => w.Right);
            Top = value.Max(w => w.Top);
            Bottom = value.Min(w => w.Bottom);
            Text = string.Join(' ', value.Select(w => w.Text));
            Size = value.GroupBy(w => Math.Round(w.Size * 2) / 2).MaxBy(g => g.Sum(w => w.Text.Length))!.Key;
            Bold = value.All(w => w.Bold);
        }
    }

    public string? Label { get; init; }

    /// <summary>Whether <see cref="Label"/> stood in a margin column (an item reference) rather than before the text (a bullet or list number).</summary>
    public bool MarginLabel { get; init; }

    public double Left { get; private init; }

    public double Right { get; private init; }

    public double Top { get; private init; }

    public double Bottom { get; private init; }

    public string Text { get; private init; } = string.Empty;

    /// <summary>The size most of its letters are set in.</summary>
    public double Size { get; private init; }

    public bool Bold { get; private init; }
}
