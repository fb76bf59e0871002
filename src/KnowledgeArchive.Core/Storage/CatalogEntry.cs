using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Core.Storage;

/// <summary>A record with its pages and what enrichment read from it, as <see cref="IDocumentCatalog.SaveAsync"/> writes them.</summary>
/// <param name="Record">The document's record.</param>
/// <param name="Pages">Its pages of text.</param>
/// <param name="Enrichment">Decisions, citations and policy facts read from it; null for none.</param>
public sealed record CatalogEntry(DocumentRecord Record, IReadOnlyList<PageText> Pages, EnrichmentResult? Enrichment)
{
    /// <summary>Pictures of the pages read by OCR, kept so readers can compare them with the text.</summary>
    public IReadOnlyList<PageImage> PageImages { get; init; } = [];
}
