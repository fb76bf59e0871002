namespace KnowledgeArchive.Core.Documents;

/// <summary>The text of one page of a document; pages are numbered from 1.</summary>
public sealed record PageText(int Number, string Text)
{
    /// <summary>Set when the page's text was read from its image by OCR; null for a page with a text layer.</summary>
    public PageOcr? Ocr { get; init; }
}
