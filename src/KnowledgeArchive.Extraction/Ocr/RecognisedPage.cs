using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Pdf.Layout;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>A page read by OCR: its words and rules for the page reader, how the reading went, and its picture.</summary>
internal sealed record RecognisedPage(double Height, List<LayoutWord> Words, PageOcr Ocr, PageImage? Picture)
{
    /// <summary>The rules found on the scanned page (table and box lines).</summary>
    public IReadOnlyList<Ruling> Rulings { get; init; } = [];
}

/// <summary>A page of a PDF that is only a picture: its number, its height in points, and the resolution it was scanned at when known.</summary>
internal sealed record ScannedPage(int Number, double Height, int? ImageDpi);
