using System.Globalization;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using KnowledgeArchive.Indexing.Suggestions;
using Lucene.Net.Util;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// The index's reads, each on the searcher current when it starts: searches (collected once and kept in the
/// <see cref="SearchCache"/>), pages marked with a query's words, similar documents, and counts.
/// </summary>
internal sealed class IndexReads(
    SearcherManager searchers, Analyzer analyzer, SearchQueryBuilder queries, SearchAdvisor advisor, SearchCache cache, TimeSpan searchTimeout)
{
    private static readonly Dictionary<string, HashSet<string>> NoTerms = [];

    private readonly DocumentSearch search = new(queries);
    private readonly SnippetHighlighter highlighter = new(analyzer);

    /// <summary>Documents in the index (each has one first page).</summary>
    public int DocumentCount => With(searcher =>
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(IndexFields.FirstPage, "1")), counter);
        return counter.TotalHits;
    });

    public bool Contains(string documentId) =>
        With(searcher => searcher.Search(new TermQuery(new Term(IndexFields.DocumentId, documentId)), 1).TotalHits > 0);

    public SearchResults Search(SearchQuery asked)
    {
        ArgumentNullException.ThrowIfNull(asked);
        var deadline = SearchDeadline.After(searchTimeout);
        var (query, reading) = advisor.Read(asked);
        return With(searcher =>
        {
            var skip = ((long)query.Page - 1) * query.PageSize;
            var collected = Collected(searcher, query, skip, deadline);
            var hits = collected.Hits(skip, query.PageSize, hit => HitOf(searcher, hit, collected.Terms));
            var advice = collected.Advice(() => advisor.Advise(searcher, query));
            return new SearchResults(collected.Total, hits, collected.Facets) { Reading = reading, DidYouMean = advice.DidYouMean, Related = advice.Related };
        });
    }

    public IReadOnlyList<MarkedPage> MarkHits(string queryText, IReadOnlyList<PageText> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var text = queries.ParseText(queryText);
        if (text is null)
        {
            return pages.Select(p => HitMarker.Mark(analyzer, p, NoTerms)).ToList();
        }

        return With(searcher =>
        {
            var terms = QueryTerms.Of(searcher, text.Some);
            var phrases = PhraseMatches.Of(searcher, text.Some);
            return pages.Select(p => HitMarker.Mark(analyzer, p, terms, phrases)).ToList();
        });
    }

    public IReadOnlyList<SearchHit> MoreLikeThis(string documentId, IReadOnlyList<PageText> pages, int count, RecordScope scope)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var deadline = SearchDeadline.After(searchTimeout);
        return With<IReadOnlyList<SearchHit>>(searcher =>
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
        });
    }

    /// <summary>Runs <paramref name="read"/> on the current searcher; a query that expands too far is the caller's to fix.</summary>
    /// <exception cref="InvalidQueryException">A wildcard expanded to more terms than a query may hold.</exception>
    private T With<T>(Func<IndexSearcher, T> read)
    {
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
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

    /// <summary>The sensitivity the page was indexed with, from its column; a page without one counts as restricted.</summary>
    private static string? SensitivityOf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (leaf.AtomicReader.GetSortedDocValues(IndexFields.Sensitivity) is not { } values)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        return bytes.Length == 0 ? null : bytes.Utf8ToString();
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
            Sensitivity = SensitivityOf(searcher.IndexReader, hit.LuceneDoc) ?? Sensitivities.Restricted,
            PageNumber = stored.GetField(IndexFields.Page)?.GetInt32Value() ?? 1,
            Snippet = highlighter.Highlight(stored.Get(IndexFields.Text, CultureInfo.InvariantCulture) ?? string.Empty, terms),
            Score = hit.Score,
        };
    }
}
