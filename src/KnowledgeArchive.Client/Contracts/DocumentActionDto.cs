namespace KnowledgeArchive.Client.Contracts;

/// <summary>
/// <c>POST /api/documents/{id}/retry</c> and <c>/ocr</c>: an optional note saying why, kept in the audit log.
/// </summary>
public sealed record DocumentActionDto(string? Note = null);
