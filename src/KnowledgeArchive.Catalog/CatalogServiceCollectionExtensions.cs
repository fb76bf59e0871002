using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Catalog;

/// <summary>Registers the catalog in the engine <c>Archive:Catalog:Provider</c> names (SQLite by default) and the on-disk original store.</summary>
public static class CatalogServiceCollectionExtensions
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddCatalogDatabases();
        services.AddSingleton<IDocumentCatalog>(sp => new SqlDocumentCatalog(Catalog(sp)));
        services.AddSingleton<IDecisionStore>(sp => new SqlDecisionStore(Catalog(sp)));
        services.AddSingleton<IQuarantineReviews>(sp => new SqlQuarantineReviews(Catalog(sp)));
        services.AddSingleton<ILineageStore>(sp => new SqlLineageStore(Catalog(sp)));
        services.AddSingleton<IOriginalStore, FileSystemOriginalStore>();
        services.AddSingleton<IIngestLedger>(sp => new SqlIngestLedger(Catalog(sp)));
        services.AddSingleton<ICatalogAvailability, CatalogAvailability>();
        services.AddSingleton<ICatalogFeed>(sp => new SqlCatalogFeed(Catalog(sp)));
        return services;
    }

    /// <summary>Registers the chosen engine's databases once, whichever of the catalog and the security stores asks first.</summary>
    internal static IServiceCollection AddCatalogDatabases(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => CatalogProviders.Open(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.Catalog, sp.GetRequiredService<ArchivePaths>()));
        return services;
    }

    private static SqlDatabase Catalog(IServiceProvider services) => services.GetRequiredService<CatalogDatabases>().Catalog;
}
