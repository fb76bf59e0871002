using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Catalog.Security;

/// <summary>
/// The first admin key. Given in configuration (<c>Archive:Auth:BootstrapAdminKey</c>), it is made sure to exist;
/// otherwise, when no admin key exists yet, one is made and written to a file only the service's user can read, and
/// the file's path (never the key) is returned for the log.
/// </summary>
public static class BootstrapAdmin
{
    public const string FileName = "bootstrap-admin.key";

    /// <returns>The path of the file the new key was written to, or null when no key was made.</returns>
    public static async Task<string?> EnsureAsync(IApiKeyStore keys, string? configuredKey, string dataDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            await keys.EnsureAdminAsync("bootstrap (configuration)", configuredKey.Trim(), cancellationToken);
            return null;
        }

        if (await keys.AnyActiveAdminAsync(cancellationToken))
        {
            return null;
        }

        var created = await keys.CreateAsync("bootstrap (first start)", Roles.Admin, cancellationToken);
        var path = Path.Combine(dataDirectory, FileName);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var file = new StreamWriter(new FileStream(path, options)))
        {
            await file.WriteLineAsync(created.Secret);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }
}
