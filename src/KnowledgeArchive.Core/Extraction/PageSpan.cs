namespace KnowledgeArchive.Core.Extraction;

/// <summary>Where a piece of text is printed: a page (from 1) and a range of characters in that page's stored text.</summary>
public readonly record struct PageSpan(int Page, int Start, int Length)
{
    public int End => Start + Length;
}
