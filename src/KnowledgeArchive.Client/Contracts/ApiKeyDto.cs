namespace KnowledgeArchive.Client.Contracts;

/// <summary>An API key as listed: who it is for and its role, never the key itself.</summary>
public sealed record ApiKeyDto(string KeyId, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, bool Active);
