using KnowledgeArchive.Catalog.Fixity;
using KnowledgeArchive.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeArchive.Catalog.Security;

/// <summary>Registers the API keys and the audit log (in the catalog's engine) and the fixity check.</summary>
public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddSecurityStores(this IServiceCollection services)
    {
        services.AddCatalogDatabases();
        services.AddSingleton<IApiKeyStore>(sp => new SqlApiKeyStore(sp.GetRequiredService<CatalogDatabases>().Security));
        services.AddSingleton<IAuditLog>(sp => new SqlAuditLog(sp.GetRequiredService<CatalogDatabases>().Security));
        services.AddSingleton<FixityChecker>();
        return services;
    }
}
