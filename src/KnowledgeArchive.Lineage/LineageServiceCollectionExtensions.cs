using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Lineage.Questions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Lineage;

/// <summary>Registers the lineage updater (which also receives the ingest worker's change notices) and the answering of lineage questions.</summary>
public static class LineageServiceCollectionExtensions
{
    /// <param name="services">The services.</param>
    /// <param name="recompute">
    /// Whether this process recomputes the graph after documents change and stores it in the catalog (the node that
    /// commits documents); a search node reads the stored graph and computes none of it.
    /// </param>
    public static IServiceCollection AddLineage(this IServiceCollection services, bool recompute = true)
    {
        services.AddSingleton<LineageBuilder>();
        services.TryAddSingleton(sp => SynonymList.LoadConfigured(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.SynonymsFile));
        services.AddSingleton(sp => new Synonyms(sp.GetRequiredService<SynonymList>().Groups));
        services.AddSingleton<LineageQuestions>();
        services.AddHostedService<SynonymsCheck>();
        services.AddSingleton<LineageUpdater>();
        if (recompute)
        {
            services.Replace(ServiceDescriptor.Singleton<IArchiveChanges>(sp => sp.GetRequiredService<LineageUpdater>()));
            services.AddHostedService(sp => sp.GetRequiredService<LineageUpdater>());
        }

        return services;
    }
}
