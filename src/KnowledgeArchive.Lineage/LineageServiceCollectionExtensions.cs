using KnowledgeArchive.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeArchive.Lineage;

/// <summary>Registers the lineage updater, which also receives the ingest worker's change notices.</summary>
public static class LineageServiceCollectionExtensions
{
    public static IServiceCollection AddLineage(this IServiceCollection services)
    {
        services.AddSingleton<LineageBuilder>();
        services.AddSingleton<LineageUpdater>();
        services.Replace(ServiceDescriptor.Singleton<IArchiveChanges>(sp => sp.GetRequiredService<LineageUpdater>()));
        services.AddHostedService(sp => sp.GetRequiredService<LineageUpdater>());
        return services;
    }
}
