namespace KnowledgeArchive.Client.Contracts;

/// <summary><c>POST /api/documents/{id}/review</c>: why the quarantined document is left unread (required, audited).</summary>
public sealed record ReviewRequestDto(string? Note);
