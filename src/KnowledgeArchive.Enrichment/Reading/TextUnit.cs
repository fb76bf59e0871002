using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Enrichment.Reading;

/// <summary>
/// A paragraph-sized piece of a document as enrichment reads it: a heading, paragraph, list item or the text of a
/// table cell, with its label, its place in a table, and the block it came from (which knows its pages).
/// </summary>
public sealed record TextUnit(int Index, UnitKind Kind, DocumentBlock Block)
{
    public string Text => Block.Text;

    public string? Label => Block.Label;

    public int Level => Block.Level;

    public bool Emphasised => Block.Emphasised;

    public int Page => Block.Page;

    /// <summary>For a cell: its table's index in <see cref="DocumentView.Tables"/>, its row and column (from 0).</summary>
    public (int Table, int Row, int Column)? Cell { get; init; }

    public override string ToString() => Label is null ? Text : $"{Label} {Text}";
}
