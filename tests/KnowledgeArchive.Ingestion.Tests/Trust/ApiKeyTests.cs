using KnowledgeArchive.Catalog.Security;
using KnowledgeArchive.Core.Security;
using Microsoft.Data.Sqlite;

namespace KnowledgeArchive.Ingestion.Tests.Trust;

public sealed class ApiKeyTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ka-key-tests", Guid.NewGuid().ToString("N"));

    private string File => Path.Combine(directory, "security.db");

    [Fact]
    public async Task Key_IsShownOnce_StoredHashed_AndWorksUntilRevoked()
    {
        var keys = new SqliteApiKeyStore(new SecurityDatabase(File));

        var created = await keys.CreateAsync("ICB staff laptop", Roles.Reader, CancellationToken.None);

        Assert.StartsWith("ka_", created.Secret, StringComparison.Ordinal);
        Assert.Equal(Roles.Reader, (await keys.AuthenticateAsync(created.Secret, CancellationToken.None))?.Role);
        Assert.Null(await keys.AuthenticateAsync(created.Secret + "x", CancellationToken.None));
        Assert.DoesNotContain(created.Secret, await System.IO.File.ReadAllTextAsync(File, System.Text.Encoding.Latin1), StringComparison.Ordinal);
        Assert.Equal(["ICB staff laptop"], (await keys.ListAsync(CancellationToken.None)).Select(k => k.Name));

        Assert.True(await keys.RevokeAsync(created.Key.KeyId, CancellationToken.None));
        Assert.Null(await keys.AuthenticateAsync(created.Secret, CancellationToken.None));
        Assert.False(Assert.Single(await keys.ListAsync(CancellationToken.None)).Active);
        Assert.False(await keys.RevokeAsync("key-unknown", CancellationToken.None));
    }

    [Fact]
    public async Task UnknownRole_IsRefused()
    {
        var keys = new SqliteApiKeyStore(new SecurityDatabase(File));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => keys.CreateAsync("x", "superuser", CancellationToken.None));

        Assert.Contains("reader, ingester, auditor, admin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstStart_WithoutAConfiguredKey_WritesOneToAFileOnlyTheServiceCanRead_Once()
    {
        var keys = new SqliteApiKeyStore(new SecurityDatabase(File));

        var path = await BootstrapAdmin.EnsureAsync(keys, null, directory, CancellationToken.None);
        var again = await BootstrapAdmin.EnsureAsync(keys, null, directory, CancellationToken.None);

        Assert.NotNull(path);
        Assert.Null(again);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, System.IO.File.GetUnixFileMode(path));
        }

        var secret = (await System.IO.File.ReadAllTextAsync(path)).Trim();
        Assert.Equal(Roles.Admin, (await keys.AuthenticateAsync(secret, CancellationToken.None))?.Role);
    }

    [Fact]
    public async Task ConfiguredBootstrapKey_BecomesAnAdminKey_AndNoFileIsWritten()
    {
        var keys = new SqliteApiKeyStore(new SecurityDatabase(File));

        Assert.Null(await BootstrapAdmin.EnsureAsync(keys, "configured-admin-secret-0123456789", directory, CancellationToken.None));
        await BootstrapAdmin.EnsureAsync(keys, "configured-admin-secret-0123456789", directory, CancellationToken.None);

        Assert.Equal(Roles.Admin, (await keys.AuthenticateAsync("configured-admin-secret-0123456789", CancellationToken.None))?.Role);
        Assert.Single(await keys.ListAsync(CancellationToken.None));
        Assert.False(System.IO.File.Exists(Path.Combine(directory, BootstrapAdmin.FileName)));
    }

    [Fact]
    public async Task ConfiguredBootstrapKey_OnceRevoked_IsRefusedWithAMessage_NotTakenBack()
    {
        var keys = new SqliteApiKeyStore(new SecurityDatabase(File));
        await BootstrapAdmin.EnsureAsync(keys, "configured-admin-secret-0123456789", directory, CancellationToken.None);
        var key = Assert.Single(await keys.ListAsync(CancellationToken.None));
        await keys.RevokeAsync(key.KeyId, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BootstrapAdmin.EnsureAsync(keys, "configured-admin-secret-0123456789", directory, CancellationToken.None));

        Assert.Contains("Archive:Auth:BootstrapAdminKey", error.Message, StringComparison.Ordinal);
        Assert.Null(await keys.AuthenticateAsync("configured-admin-secret-0123456789", CancellationToken.None));
        Assert.False((await keys.FindAsync(key.KeyId, CancellationToken.None))!.Active);
        Assert.Null(await keys.FindAsync("key-unknown", CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
