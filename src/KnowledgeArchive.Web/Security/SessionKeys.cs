using KnowledgeArchive.Core.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Security;

/// <summary>
/// The keys protecting sign-in cookies and antiforgery tokens live in the archive's own data directory, not in the
/// service user's home: one archive's sessions survive its restarts, and two archives on one machine never share or
/// race over a key ring.
/// </summary>
/// <remarks>
/// Linux has no machine key store to encrypt them with, so they are kept as the catalog and the originals are: in a
/// folder only the service's user may open (mode 0700). That is said once at start-up, in place of the framework's
/// warning about unencrypted keys, which would otherwise repeat at every new key.
/// </remarks>
internal static class SessionKeys
{
    /// <summary>The framework's category that warns of keys kept without an encryptor.</summary>
    public const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static IServiceCollection AddSessionKeys(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("KnowledgeArchive");
        services.AddOptions<KeyManagementOptions>()
            .Configure<ArchivePaths, ILoggerFactory>((options, paths, logging) =>
            {
                var folder = CreatePrivate(paths.SessionKeysDirectory);
                logging.CreateLogger(typeof(SessionKeys).FullName!).LogInformation(
                    "Session keys (sign-in cookies, form tokens) are kept in {Folder}, readable only by the service's user; "
                    + "they are not encrypted at rest, so protect the data directory as you protect the catalog",
                    folder.FullName);
                options.XmlRepository = new FileSystemXmlRepository(folder, logging);
            });
        return services;
    }

    // A folder made by an earlier version, or by hand, is closed too.
    private static DirectoryInfo CreatePrivate(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }

        var folder = Directory.CreateDirectory(path, OwnerOnly);
        File.SetUnixFileMode(folder.FullName, OwnerOnly);
        return folder;
    }
}
