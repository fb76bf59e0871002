using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>A block read from a page: its kind, its lines (or table), and the label printed beside its first line.</summary>
internal sealed record PageBlock(BlockKind Kind, IReadOnlyList<LayoutLine> Lines, string? Label = null, LayoutTable? Table = null)
{
    public string Text => Join(Lines);

    public double Size => Lines.Count == 0 ? 0 : Lines[0].Size;

    public bool Bold => Lines.Count > 0 && Lines.All(l => l.Bold);

    /// <summary>Lines joined by spaces; a line ending in a hyphen runs straight into the next.</summary>
    public static string Join(IEnumerable<LayoutLine> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length > 0 && text[^1] != '-' && text[^1] != '/')
            {
                text.Append(' ');
            }

            text.Append(line.Text);
        }

        return text.ToString();
    }
}
