using KnowledgeArchive.Catalog.Fixity;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeArchive.Catalog.Security;

/// <summary>Registers the security database (API keys, audit log) and the fixity check.</summary>
public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddSecurityStores(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SecurityDatabase(sp.GetRequiredService<ArchivePaths>().SecurityFile));
        services.AddSingleton<IApiKeyStore>(sp => new SqliteApiKeyStore(sp.GetRequiredService<SecurityDatabase>()));
        services.AddSingleton<IAuditLog>(sp => new SqliteAuditLog(sp.GetRequiredService<SecurityDatabase>()));
        services.AddSingleton<FixityChecker>();
        return services;
    }
}
