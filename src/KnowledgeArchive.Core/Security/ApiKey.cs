namespace KnowledgeArchive.Core.Security;

/// <summary>An API key as the archive keeps it: never the key itself, only its hash.</summary>
public sealed record ApiKey(string KeyId, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool Active => RevokedAt is null;
}

/// <summary>A key just made: the secret is shown this once and not kept.</summary>
public sealed record NewApiKey(ApiKey Key, string Secret);
