namespace KnowledgeArchive.Client.Contracts;

/// <summary>
/// <c>POST /api/documents/{id}/password</c>: the password of an encrypted PDF, used for its next extraction only and
/// never stored, logged or audited; and an optional note for the audit log (which must not contain the password).
/// </summary>
public sealed record PasswordRequestDto(string? Password, string? Note = null);
