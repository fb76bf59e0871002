namespace KnowledgeArchive.Client.Contracts;

/// <summary><c>POST /api/documents/{id}/sensitivity</c>: <c>public</c> or <c>restricted</c>, and why (required, audited).</summary>
public sealed record SensitivityRequestDto(string? Sensitivity, string? Reason);
