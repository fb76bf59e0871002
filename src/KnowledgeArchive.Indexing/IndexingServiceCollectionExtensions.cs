using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Diagnostics;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Indexing.Synonyms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Indexing;

/// <summary>Registers the Lucene index as the archive's <see cref="ISearchIndex"/>, with the configured synonyms.</summary>
public static class IndexingServiceCollectionExtensions
{
    public static IServiceCollection AddIndexing(this IServiceCollection services)
    {
        services.TryAddSingleton<ArchiveMetrics>();
        services.TryAddSingleton(sp => SynonymList.LoadConfigured(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.SynonymsFile));
        services.AddSingleton<LuceneSearchIndex>();
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        return services;
    }
}
