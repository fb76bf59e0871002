using Lucene.Net.Search;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Renews the search cache each time the searcher manager swaps in a new reader (a publish that found changes). The
/// manager calls its listeners under its refresh lock once the new searcher is current, so generations follow readers
/// in the order they were opened and a slow publish never reinstates an older reader.
/// </summary>
internal sealed class SearchCacheRenewal : ReferenceManager.IRefreshListener
{
    private readonly SearcherManager searchers;
    private readonly SearchCache cache;

    private SearchCacheRenewal(SearcherManager searchers, SearchCache cache)
    {
        this.searchers = searchers;
        this.cache = cache;
    }

    /// <summary>Ties <paramref name="cache"/> to the current reader now and to each new one from then on.</summary>
    public static void Follow(SearcherManager searchers, SearchCache cache)
    {
        if (!cache.Enabled)
        {
            return;
        }

        var renewal = new SearchCacheRenewal(searchers, cache);
        renewal.Renew();
        searchers.AddListener(renewal);
    }

    public void BeforeRefresh()
    {
    }

    public void AfterRefresh(bool didRefresh)
    {
        if (didRefresh)
        {
            Renew();
        }
    }

    private void Renew()
    {
        var searcher = searchers.Acquire();
        try
        {
            cache.Renew(searcher.IndexReader);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }
}
