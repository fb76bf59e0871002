namespace KnowledgeArchive.Client.Contracts;

/// <summary><c>POST /api/keys</c>: who the key is for and its role (<c>reader</c>, <c>ingester</c>, <c>auditor</c> or <c>admin</c>).</summary>
public sealed record CreateApiKeyRequestDto(string? Name, string? Role);
