using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Search;

/// <summary>What the index needs of a document: its catalog record and its pages, and what enrichment read in them.</summary>
public sealed record IndexedDocument(DocumentRecord Record, IReadOnlyList<PageText> Pages)
{
    /// <summary>Decisions recorded in the document: each page can be searched by the outcomes and references of its decisions.</summary>
    public IReadOnlyList<Decision> Decisions { get; init; } = [];

    /// <summary>A policy's own reference (<c>RMC-MM-001</c>), searchable on every page; null for other documents.</summary>
    public string? PolicyReference { get; init; }
}
