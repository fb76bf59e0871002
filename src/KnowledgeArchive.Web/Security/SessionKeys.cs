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
internal static class SessionKeys
{
    public static IServiceCollection AddSessionKeys(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("KnowledgeArchive");
        services.AddOptions<KeyManagementOptions>()
            .Configure<ArchivePaths, ILoggerFactory>((options, paths, logging) =>
                options.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(paths.SessionKeysDirectory), logging));
        return services;
    }
}
