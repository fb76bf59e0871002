using KnowledgeArchive.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeArchive.Catalog;

/// <summary>Registers the SQLite catalog and the on-disk original store.</summary>
public static class CatalogServiceCollectionExtensions
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddSingleton<CatalogDatabase>();
        services.AddSingleton<IDocumentCatalog, SqliteDocumentCatalog>();
        services.AddSingleton<IDecisionStore, SqliteDecisionStore>();
        services.AddSingleton<IQuarantineReviews, SqliteQuarantineReviews>();
        services.AddSingleton<ILineageStore, SqliteLineageStore>();
        services.AddSingleton<IOriginalStore, FileSystemOriginalStore>();
        services.AddSingleton<KnowledgeArchive.Core.Ingestion.IIngestLedger, SqliteIngestLedger>();
        return services;
    }
}
