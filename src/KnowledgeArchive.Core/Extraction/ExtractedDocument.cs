using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Extraction;

/// <summary>Text taken out of one file, page by page, in reading order.</summary>
/// <param name="Pages">Body text per page, numbered from 1, never empty.</param>
/// <param name="Properties">The file's own document properties.</param>
/// <param name="HeadersAndFooters">Running header and footer texts, kept apart from the body (distinct values, in document order).</param>
/// <param name="Headings">Headings and title-styled lines in document order, when the format marks them.</param>
public sealed record ExtractedDocument(
    IReadOnlyList<PageText> Pages,
    FileProperties Properties,
    IReadOnlyList<string> HeadersAndFooters,
    IReadOnlyList<string> Headings)
{
    /// <summary>All body text, pages separated by blank lines.</summary>
    public string FullText => string.Join("\n\n", Pages.Select(p => p.Text));
}
