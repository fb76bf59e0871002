namespace KnowledgeArchive.Client.Contracts;

/// <summary>Documents about the same things as one document, most alike first (their snippets are unmarked page text).</summary>
public sealed record SimilarDocumentsDto(string DocumentId, IReadOnlyList<SearchHitDto> Items);
