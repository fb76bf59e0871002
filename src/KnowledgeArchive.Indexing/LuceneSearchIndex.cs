using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Diagnostics;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Indexing.Analysis;
using KnowledgeArchive.Indexing.Questions;
using KnowledgeArchive.Indexing.Suggestions;
using KnowledgeArchive.Indexing.Synonyms;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// The full-text index: Lucene.Net on disk in the data directory, one entry per page so every hit names its best page,
/// BM25 ranking, English stemming, update by document id. Searches see changes once they are committed and published
/// (<see cref="CommitAsync"/>, or <see cref="CommitUnpublishedAsync"/> then <see cref="Publish"/>), never before.
/// This type opens the index and writes it; <see cref="IndexReads"/> answers the reads, keeping searches collected in a
/// bounded cache (<see cref="ArchiveOptions.SearchCacheEntries"/>) until the next publish that changes what searches
/// see, so other pages of the same search and repeated searches only read the stored fields of the hits shown.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    /// <summary>
    /// Segments below this size are merged as if they were this size. Each group commit writes a small segment (tens of
    /// kilobytes for short papers); with Lucene's default of 2 MB every segment of an index under 20 MB counted alike, so
    /// the largest was merged again every ten or so commits: 103 MB merged to build a 6 MB index of 10,000 documents,
    /// against 19 MB with this floor (6 and 8 segments at the end).
    /// </summary>
    private const double SmallestSegmentMB = 0.1;

    private readonly LuceneDirectory directory;
    private readonly Analyzer analyzer;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly SearchCache cache;
    private readonly IndexReads reads;
    private readonly ArchiveMetrics? metrics;
    private long catalogSequence;

    public LuceneSearchIndex(ArchivePaths paths, IOptions<ArchiveOptions> options, ILogger<LuceneSearchIndex> logger, SynonymList? synonyms = null, QuestionWords? questionWords = null, ArchiveMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        System.IO.Directory.CreateDirectory(paths.IndexDirectory);
        directory = FSDirectory.Open(paths.IndexDirectory);
        analyzer = new ArchiveAnalyzer();
        var current = IndexSchema.IsCurrent(paths.IndexDirectory);
        RebuildRequired = !current && DirectoryReader.IndexExists(directory);
        if (RebuildRequired)
        {
            logger.LogWarning("The index at {Path} was written with another index layout; it is cleared and will be rebuilt from the catalog", paths.IndexDirectory);
        }

        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = current ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            Similarity = Ranking.Similarity,
            MergePolicy = new TieredMergePolicy { FloorSegmentMB = SmallestSegmentMB },
        };
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            directory.Dispose();
            throw new InvalidOperationException(
                $"The index at {paths.IndexDirectory} is in use by another KnowledgeArchive process. Stop it, or give this one its own data directory.", ex);
        }

        if (!current)
        {
            // A cleared index keeps its last commit's user data: it holds no change of the catalog any more.
            CommitSequence.Set(writer, 0);
        }

        writer.Commit();
        IndexSchema.Stamp(paths.IndexDirectory);
        catalogSequence = CommitSequence.Read(writer);
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new RankingSearcherFactory());
        cache = new SearchCache(options.Value.SearchCacheEntries);
        SearchCacheRenewal.Follow(searchers, cache);
        synonyms ??= SynonymList.Empty;
        var queries = new SearchQueryBuilder(analyzer, new SynonymExpander(synonyms, analyzer));
        var advisor = new SearchAdvisor(
            new QuestionReader(questionWords ?? QuestionWords.None, analyzer), new SpellingSuggester(synonyms, analyzer), new RelatedWords(synonyms, analyzer));
        reads = new IndexReads(searchers, analyzer, queries, advisor, cache, options.Value.SearchTimeout);
        this.metrics = metrics;
    }

    /// <summary>Searches kept collected for the reader searches run on now.</summary>
    internal int CachedSearches => cache.Count;

    /// <summary>True when the index was found in an older layout and cleared: every indexed document must be indexed again.</summary>
    public bool RebuildRequired { get; }

    public int DocumentCount => reads.DocumentCount;

    public Task IndexAsync(IndexedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        writer.UpdateDocuments(new Term(IndexFields.DocumentId, document.Record.DocumentId), PageEntries.For(document));
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string documentId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        writer.DeleteDocuments(new Term(IndexFields.DocumentId, documentId));
        return Task.CompletedTask;
    }

    public Task CommitAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        writer.Commit();
        searchers.MaybeRefreshBlocking();
        return Task.CompletedTask;
    }

    public Task CommitUnpublishedAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        writer.Commit();
        return Task.CompletedTask;
    }

    public void Publish() => searchers.MaybeRefreshBlocking();

    public long CatalogSequence => Interlocked.Read(ref catalogSequence);

    public Task CommitThroughAsync(long catalogSequence, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        CommitSequence.Set(writer, catalogSequence);
        writer.Commit();
        Interlocked.Exchange(ref this.catalogSequence, catalogSequence);
        searchers.MaybeRefreshBlocking();
        return Task.CompletedTask;
    }

    public bool Contains(string documentId) => reads.Contains(documentId);

    public SearchResults Search(SearchQuery query)
    {
        using var activity = ArchiveActivities.Source.StartActivity(ArchiveActivities.Search);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var results = reads.Search(query);
            activity?.SetTag("ka.search.total", results.Total);
            return results;
        }
        finally
        {
            metrics?.SearchTook(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    public IReadOnlyList<MarkedPage> MarkHits(string queryText, IReadOnlyList<PageText> pages) => reads.MarkHits(queryText, pages);

    public IReadOnlyList<SearchHit> MoreLikeThis(string documentId, IReadOnlyList<PageText> pages, int count, RecordScope scope) =>
        reads.MoreLikeThis(documentId, pages, count, scope);

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }
}
