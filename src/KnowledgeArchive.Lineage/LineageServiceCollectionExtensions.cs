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
    public static IServiceCollection AddLineage(this IServiceCollection services)
    {
        services.AddSingleton<LineageBuilder>();
        services.TryAddSingleton(sp => SynonymList.LoadConfigured(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.SynonymsFile));
        services.AddSingleton(sp => new Synonyms(sp.GetRequiredService<SynonymList>().Groups));
        services.AddSingleton<LineageQuestions>();
        services.AddHostedService<SynonymsCheck>();
        services.AddSingleton<LineageUpdater>();
        services.Replace(ServiceDescriptor.Singleton<IArchiveChanges>(sp => sp.GetRequiredService<LineageUpdater>()));
        services.AddHostedService(sp => sp.GetRequiredService<LineageUpdater>());
        return services;
    }
}
