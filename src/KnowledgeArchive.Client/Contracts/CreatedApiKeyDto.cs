namespace KnowledgeArchive.Client.Contracts;

/// <summary>A key just made. <see cref="Key"/> is shown this once: the archive keeps only its hash.</summary>
public sealed record CreatedApiKeyDto(string KeyId, string Key, string Role, string Name);
