using System.Globalization;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Indexing.Analysis;
using KnowledgeArchive.Indexing.Synonyms;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
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
/// Searches are kept collected in a bounded cache (<see cref="ArchiveOptions.SearchCacheEntries"/>) until the next
/// publish that changes what searches see, so other pages of the same search and repeated searches only read the
/// stored fields of the hits shown.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private static readonly Dictionary<string, HashSet<string>> NoTerms = [];

    private readonly LuceneDirectory directory;
    private readonly Analyzer analyzer;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly SearchQueryBuilder queries;
    private readonly DocumentSearch search;
    private readonly SearchCache cache;
    private readonly SnippetHighlighter highlighter;
    private readonly TimeSpan searchTimeout;

    public LuceneSearchIndex(ArchivePaths paths, IOptions<ArchiveOptions> options, ILogger<LuceneSearchIndex> logger, SynonymList? synonyms = null)
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

        writer.Commit();
        IndexSchema.Stamp(paths.IndexDirectory);
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new RankingSearcherFactory());
        cache = new SearchCache(options.Value.SearchCacheEntries);
        SearchCacheRenewal.Follow(searchers, cache);
        queries = new SearchQueryBuilder(analyzer, new SynonymExpander(synonyms ?? SynonymList.Empty, analyzer));
        search = new DocumentSearch(queries);
        highlighter = new SnippetHighlighter(analyzer);
        searchTimeout = options.Value.SearchTimeout;
    }

    /// <summary>Searches kept collected for the reader searches run on now.</summary>
    internal int CachedSearches => cache.Count;

    /// <summary>True when the index was found in an older layout and cleared: every indexed document must be indexed again.</summary>
    public bool RebuildRequired { get; }

    public int DocumentCount
    {
        get
        {
            var searcher = searchers.Acquire();
            try
            {
                var counter = new TotalHitCountCollector();
                searcher.Search(new TermQuery(new Term(IndexFields.FirstPage, "1")), counter);
                return counter.TotalHits;
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
    }

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

    public bool Contains(string documentId)
    {
        var searcher = searchers.Acquire();
        try
        {
            return searcher.Search(new TermQuery(new Term(IndexFields.DocumentId, documentId)), 1).TotalHits > 0;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var deadline = SearchDeadline.After(searchTimeout);
        var searcher = searchers.Acquire();
        try
        {
            var skip = ((long)query.Page - 1) * query.PageSize;
            var collected = Collected(searcher, query, skip, deadline);
            var hits = collected.Hits(skip, query.PageSize, hit => HitOf(searcher, hit, collected.Terms));
            return new SearchResults(collected.Total, hits, collected.Facets);
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            throw new InvalidQueryException("The query expands to too many terms; make wildcards more specific.", ex);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public IReadOnlyList<MarkedPage> MarkHits(string queryText, IReadOnlyList<PageText> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var text = queries.ParseText(queryText);
        if (text is null)
        {
            return pages.Select(p => HitMarker.Mark(analyzer, p, new Dictionary<string, HashSet<string>>())).ToList();
        }

        var searcher = searchers.Acquire();
        try
        {
            var terms = QueryTerms.Of(searcher, text.Some);
            return pages.Select(p => HitMarker.Mark(analyzer, p, terms)).ToList();
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            throw new InvalidQueryException("The query expands to too many terms; make wildcards more specific.", ex);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public IReadOnlyList<SearchHit> MoreLikeThis(string documentId, IReadOnlyList<PageText> pages, int count, RecordScope scope)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var deadline = SearchDeadline.After(searchTimeout);
        var searcher = searchers.Acquire();
        try
        {
            var like = SimilarDocuments.Query(searcher.IndexReader, analyzer, documentId, string.Join("\n", pages.Select(p => p.Text)), scope);
            if (like is null)
            {
                return [];
            }

            using var collector = new TieredDocumentCollector(null, deadline);
            searcher.Search(like, collector);
            return TopDocuments.Select(collector.Segments, SearchSort.Relevance, 0, count)
                .Select(hit => HitOf(searcher, hit, NoTerms))
                .ToList();
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    /// <summary>
    /// The search from the cache when it holds the page asked for; otherwise collected, and kept when the page lies
    /// within the depth the cache keeps. Pages beyond it are collected to that page and not kept.
    /// </summary>
    private CollectedSearch Collected(IndexSearcher searcher, SearchQuery query, long skip, SearchDeadline deadline)
    {
        var key = cache.Enabled ? SearchCacheKey.Of(query) : null;
        if (key is not null && cache.Find(searcher.IndexReader, key) is { } found && found.Covers(skip, query.PageSize))
        {
            return found;
        }

        var wanted = skip + query.PageSize;
        if (key is null || wanted > SearchCache.Depth)
        {
            return search.Collect(searcher, query, (int)Math.Clamp(wanted, 0, int.MaxValue), deadline);
        }

        return cache.Collect(searcher.IndexReader, key, () => search.Collect(searcher, query, SearchCache.Depth, deadline));
    }

    private SearchHit HitOf(IndexSearcher searcher, DocumentCandidate hit, IReadOnlyDictionary<string, HashSet<string>> terms)
    {
        var stored = searcher.Doc(hit.LuceneDoc);
        var dateText = stored.Get(IndexFields.Date + "_text", CultureInfo.InvariantCulture);
        return new SearchHit
        {
            DocumentId = stored.Get(IndexFields.DocumentId, CultureInfo.InvariantCulture) ?? string.Empty,
            Title = stored.Get(IndexFields.Title, CultureInfo.InvariantCulture) ?? string.Empty,
            FileName = stored.Get(IndexFields.FileName, CultureInfo.InvariantCulture) ?? string.Empty,
            DocumentType = stored.Get(IndexFields.DocumentType, CultureInfo.InvariantCulture),
            Ccg = stored.Get(IndexFields.Ccg, CultureInfo.InvariantCulture),
            Body = stored.Get(IndexFields.Body, CultureInfo.InvariantCulture),
            Date = dateText is null ? null : DateOnly.ParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            PageNumber = stored.GetField(IndexFields.Page)?.GetInt32Value() ?? 1,
            Snippet = highlighter.Highlight(stored.Get(IndexFields.Text, CultureInfo.InvariantCulture) ?? string.Empty, terms),
            Score = hit.Score,
        };
    }
}
