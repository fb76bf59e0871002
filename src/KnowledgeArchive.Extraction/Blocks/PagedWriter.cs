using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Blocks;

/// <summary>
/// Writes a flowing document (a word processor's, whose pages are where it last laid them out) into an assembler:
/// blocks whose text may hold page breaks (null pieces), and page breaks between blocks. Breaks in a row, or before
/// anything is written on the page, make one new page, not empty ones.
/// </summary>
internal sealed class PagedWriter(DocumentAssembler output)
{
    // True from a page break until the first text after it.
    private bool atPageStart = true;

    public bool AtPageStart => atPageStart;

    /// <summary>Writes a block from its pieces of text in order, a null piece being a page break inside it.</summary>
    public void Block(BlockKind kind, int level, string? label, bool emphasised, IEnumerable<string?> pieces)
    {
        output.BeginBlock(kind, level, label, emphasised);
        foreach (var piece in pieces)
        {
            if (piece is null)
            {
                BreakPage();
            }
            else
            {
                output.Append(piece);
                atPageStart &= piece.Trim().Length == 0;
            }
        }

        output.EndBlock();
    }

    /// <summary>Writes a block whose text is known whole.</summary>
    public void Block(BlockKind kind, string text, int level, string? label, bool emphasised)
    {
        output.AddBlock(kind, text, level, label, emphasised);
        atPageStart &= text.Trim().Length == 0;
    }

    public void BreakPage()
    {
        if (atPageStart && !output.PageHasText)
        {
            return;
        }

        output.NewPage();
        atPageStart = true;
    }
}
