namespace KnowledgeArchive.Core.Security;

/// <summary>API keys, stored hashed: made, listed and revoked by an admin; presented by the API and the CLI.</summary>
public interface IApiKeyStore
{
    Task<NewApiKey> CreateAsync(string name, string role, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Revokes a key; false when there is no such key.</summary>
    Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken);

    /// <summary>The key with this id, active or revoked, or null.</summary>
    Task<ApiKey?> FindAsync(string keyId, CancellationToken cancellationToken);

    /// <summary>The active key with this secret, or null.</summary>
    Task<ApiKey?> AuthenticateAsync(string secret, CancellationToken cancellationToken);

    /// <summary>Makes sure a key with this secret exists as an admin key (the bootstrap key from configuration).</summary>
    Task EnsureAdminAsync(string name, string secret, CancellationToken cancellationToken);

    Task<bool> AnyActiveAdminAsync(CancellationToken cancellationToken);
}
