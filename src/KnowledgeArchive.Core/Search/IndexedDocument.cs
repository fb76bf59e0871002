using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Search;

/// <summary>What the index needs of a document: its catalog record and its pages.</summary>
public sealed record IndexedDocument(DocumentRecord Record, IReadOnlyList<PageText> Pages);
