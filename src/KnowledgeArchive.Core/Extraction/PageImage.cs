namespace KnowledgeArchive.Core.Extraction;

/// <summary>The picture of a page that was read by OCR, kept so a reader can compare the text with what is printed.</summary>
/// <param name="PageNumber">The page, from 1.</param>
/// <param name="MediaType">The picture's media type (<c>image/jpeg</c>, <c>image/png</c>).</param>
/// <param name="Content">The picture's bytes.</param>
public sealed record PageImage(int PageNumber, string MediaType, byte[] Content);
