namespace KnowledgeArchive.Client.Contracts;

/// <summary>Every API key, revoked ones included, oldest first.</summary>
public sealed record ApiKeyListDto(IReadOnlyList<ApiKeyDto> Items);
