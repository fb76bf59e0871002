namespace KnowledgeArchive.Client.Contracts;

/// <summary>A page of documents and the total that matched.</summary>
public sealed record DocumentListDto(int Total, IReadOnlyList<DocumentDto> Items);
