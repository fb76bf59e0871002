namespace KnowledgeArchive.Client.Contracts;

/// <summary>One page's text; <see cref="Ocr"/> says when it was read by OCR from a scan, and how well.</summary>
public sealed record PageDto(int PageNumber, string Text)
{
    /// <summary>Set when the page's text was read from its picture by OCR; null for a page with a text layer.</summary>
    public PageOcrDto? Ocr { get; init; }
}

/// <summary>How a page was read by OCR.</summary>
/// <param name="MeanConfidence">The recogniser's mean word confidence, 0 to 100.</param>
/// <param name="Words">Words read on the page.</param>
/// <param name="Dpi">The resolution it was read at.</param>
/// <param name="Failure">Why the page could not be read; null when it was.</param>
/// <param name="ImageUrl">Where the kept picture of the page is served, to compare with the text; null when none was kept.</param>
public sealed record PageOcrDto(double MeanConfidence, int Words, int Dpi, string? Failure, string? ImageUrl);
