using KnowledgeArchive.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeArchive.Indexing;

/// <summary>Registers the Lucene index as the archive's <see cref="ISearchIndex"/>.</summary>
public static class IndexingServiceCollectionExtensions
{
    public static IServiceCollection AddIndexing(this IServiceCollection services)
    {
        services.AddSingleton<LuceneSearchIndex>();
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        return services;
    }
}
