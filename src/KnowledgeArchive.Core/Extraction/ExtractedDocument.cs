using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Extraction;

/// <summary>
/// What was read from one file: its blocks in reading order, the text of each page they were printed on, and what
/// runs apart from the body (headers, footers, the file's own properties).
/// </summary>
/// <param name="Pages">Body text per page, numbered from 1, never empty; every block's spans point into it.</param>
/// <param name="Blocks">Headings, paragraphs, list items and tables in reading order.</param>
/// <param name="Properties">The file's own document properties.</param>
/// <param name="HeadersAndFooters">Running header and footer texts, kept apart from the body (distinct values, in document order).</param>
public sealed record ExtractedDocument(
    IReadOnlyList<PageText> Pages,
    IReadOnlyList<DocumentBlock> Blocks,
    FileProperties Properties,
    IReadOnlyList<string> HeadersAndFooters)
{
    /// <summary>Pictures of the pages read by OCR, so a reader can compare; empty when no page was.</summary>
    public IReadOnlyList<PageImage> PageImages { get; init; } = [];

    /// <summary>Files attached to it (an email's), written out to be ingested as documents of their own; empty for most formats.</summary>
    public IReadOnlyList<ExtractedAttachment> Attachments { get; init; } = [];

    /// <summary>All body text, pages separated by blank lines.</summary>
    public string FullText => string.Join("\n\n", Pages.Select(p => p.Text));

    /// <summary>The texts of the headings, in order.</summary>
    public IReadOnlyList<string> Headings => Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text).ToList();
}
