using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Catalog.Security;

/// <summary>
/// API keys in the security database. A key is 32 random bytes; only
/// its SHA-256 is stored, which is enough for secrets of that strength (no slow hash is needed: there is nothing to
/// guess), and a lookup by hash takes the same time whichever key is presented.
/// </summary>
public class SqlApiKeyStore : IApiKeyStore
{
    private const string SecretPrefix = "ka_";
    private readonly SqlDatabase database;
    private readonly TimeProvider clock;

    public SqlApiKeyStore(SqlDatabase database, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        this.clock = clock ?? TimeProvider.System;
    }

    public async Task<NewApiKey> CreateAsync(string name, string role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Roles.IsKnown(role))
        {
            throw new ArgumentException($"'{role}' is not a role; use one of {string.Join(", ", Roles.All)}.", nameof(role));
        }

        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = await InsertAsync(name.Trim(), role, secret, cancellationToken);
        return new NewApiKey(key, secret);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key_id, name, role, created_at, revoked_at FROM api_keys ORDER BY created_at, key_id;";
        var keys = new List<ApiKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(Read(reader));
        }

        return keys;
    }

    public async Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, @now) WHERE key_id = @id;";
        command.Bind("@id", keyId);
        command.Bind("@now", Now());
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<ApiKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key_id, name, role, created_at, revoked_at FROM api_keys WHERE key_id = @id;";
        command.Bind("@id", keyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<ApiKey?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 200)
        {
            return null;
        }

        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key_id, name, role, created_at, revoked_at FROM api_keys WHERE secret_sha256 = @hash AND revoked_at IS NULL;";
        command.Bind("@hash", Hash(secret));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task EnsureAdminAsync(string name, string secret, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        if (await AuthenticateAsync(secret, cancellationToken) is { Role: Roles.Admin })
        {
            return;
        }

        if (await ExistsAsync(secret, cancellationToken))
        {
            // Revoked, or made with another role: accepting it again would undo an admin's decision.
            throw new InvalidOperationException("The configured bootstrap admin key (Archive:Auth:BootstrapAdminKey) was revoked or is not an admin key: configure another key, or remove the setting and use a key made through the API.");
        }

        await InsertAsync(name, Roles.Admin, secret, cancellationToken);
    }

    public async Task<bool> AnyActiveAdminAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM api_keys WHERE role = 'admin' AND revoked_at IS NULL);";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    private async Task<bool> ExistsAsync(string secret, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM api_keys WHERE secret_sha256 = @hash);";
        command.Bind("@hash", Hash(secret));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    private async Task<ApiKey> InsertAsync(string name, string role, string secret, CancellationToken cancellationToken)
    {
        var key = new ApiKey("key-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), name, role, DateTimeOffset.Parse(Now(), CultureInfo.InvariantCulture), null);
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO api_keys VALUES (@id, @name, @role, @hash, @created, NULL);";
        command.Bind("@id", key.KeyId);
        command.Bind("@name", key.Name);
        command.Bind("@role", key.Role);
        command.Bind("@hash", Hash(secret));
        command.Bind("@created", key.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return key;
    }

    private string Now() => DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds()).ToString("O", CultureInfo.InvariantCulture);

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static ApiKey Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
        reader.IsDBNull(4) ? null : DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture));
}
