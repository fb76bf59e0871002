using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Indexing;
using KnowledgeArchive.Indexing.Synonyms;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Tools.Evaluation.Ranking;

/// <summary>
/// The product's own index (analyzer, similarity, query builder and the synonyms shipped with it) in a temporary
/// data directory, deleted on dispose.
/// </summary>
internal sealed class TemporaryIndex : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "ka-eval-" + Guid.NewGuid().ToString("N"));

    public TemporaryIndex()
    {
        var options = new ArchiveOptions { DataDirectory = dataDirectory };
        Index = new LuceneSearchIndex(new ArchivePaths(options), Options.Create(options), NullLogger<LuceneSearchIndex>.Instance, SynonymList.LoadConfigured(null));
    }

    public LuceneSearchIndex Index { get; }

    /// <summary>Document ids in the order the product ranks them for the query text, at most <paramref name="depth"/>.</summary>
    public IReadOnlyList<string> Rank(SearchQuery query, int depth) =>
        [.. Index.Search(query with { Page = 1, PageSize = depth }).Hits.Select(h => h.DocumentId)];

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary directory left behind is harmless.
        }
    }
}
