namespace KnowledgeArchive.Core.Extraction;

/// <summary>A table cell: the blocks printed in it, in order (usually one paragraph; possibly a list or a nested table).</summary>
public sealed record TableCell(IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>The cell's text: its blocks' texts joined by spaces.</summary>
    public string Text => string.Join(' ', Blocks.Select(b => b.Text).Where(t => t.Length > 0));

    public bool IsEmpty => Blocks.All(b => b.Text.Length == 0);
}
