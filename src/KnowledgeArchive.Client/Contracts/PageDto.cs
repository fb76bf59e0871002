namespace KnowledgeArchive.Client.Contracts;

/// <summary>The extracted text of one page.</summary>
public sealed record PageDto(int PageNumber, string Text);
