namespace KnowledgeArchive.Core.Storage;

/// <summary>A document's latest change in the catalog's feed: apply it by reading the document as the catalog holds it now.</summary>
public sealed record CatalogChange(long Sequence, string DocumentId);
