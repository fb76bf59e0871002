using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Indexing.Tests.SearchCaching;

/// <summary>
/// Answers read from the cache are the answers a search without the cache gives, on every page, for each sort, scope
/// and filter; pages past the documents the cache keeps ranked are searched in full.
/// </summary>
public sealed class CachedSearchEquivalenceTests : IClassFixture<CachedArchive>
{
    /// <summary>Pages within the ranking the cache keeps, and past it (from document 1,000 on).</summary>
    private static readonly (int Page, int Size)[] Pages = [(1, 20), (2, 20), (3, 7), (50, 20), (51, 20), (5, 200), (6, 200), (80, 20)];

    private static readonly string[] Texts = ["", "meeting", "wheelchair", "wheelchair estates", "\"estates strategy\"", "gluten -hospice", "fund*"];

    private static readonly string[] Filters = ["none", "ccg", "type", "outcome", "dates"];

    private static readonly int[] ThreadPages = [1, 2, 60];

    private readonly CachedArchive _archive;

    public CachedSearchEquivalenceTests(CachedArchive archive) => _archive = archive;

    public static TheoryData<string, string, SearchSort, RecordScope> Searches()
    {
        var data = new TheoryData<string, string, SearchSort, RecordScope>();
        foreach (var text in Texts)
        {
            foreach (var filter in Filters)
            {
                foreach (var sort in Enum.GetValues<SearchSort>())
                {
                    foreach (var scope in Enum.GetValues<RecordScope>())
                    {
                        data.Add(text, filter, sort, scope);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Searches))]
    public void EveryPage_FromTheCache_IsThePageWithoutIt(string text, string filter, SearchSort sort, RecordScope scope)
    {
        var query = Query(text, filter, sort, scope);
        SearchResults? firstPage = null;
        foreach (var (page, size) in Pages)
        {
            var request = query with { Page = page, PageSize = size };
            var label = $"'{text}' {filter} {sort} {scope} page {page} of {size}";

            var cached = _archive.Cached.Search(request);
            var repeated = _archive.Cached.Search(request);

            var expected = _archive.Uncached.Search(request);
            CachedArchive.AssertSameAnswer(expected, cached, label);
            CachedArchive.AssertSameAnswer(expected, repeated, label + ", repeated");
            firstPage ??= cached;
            if ((page * size) <= SearchCache.Depth)
            {
                Assert.Same(firstPage.Facets, cached.Facets);
            }
        }
    }

    [Fact]
    public void TheCommonestSearches_MatchMoreDocumentsThanTheCacheRanks()
    {
        // Else the pages past the ranked documents above would not be tested.
        Assert.True(_archive.Uncached.Search(Query("meeting", "none", SearchSort.Relevance, RecordScope.All)).Total > SearchCache.Depth);
        Assert.True(_archive.Uncached.Search(Query(string.Empty, "none", SearchSort.Date, RecordScope.PublicOnly)).Total > SearchCache.Depth);
    }

    [Fact]
    public void ManyThreadsAtOnce_GetTheAnswersOfOneThreadAlone()
    {
        var requests = (
            from text in Texts
            from filter in Filters.Take(3)
            from scope in Enum.GetValues<RecordScope>()
            from page in ThreadPages
            select Query(text, filter, page % 2 == 0 ? SearchSort.Date : SearchSort.Relevance, scope) with { Page = page, PageSize = 20 }).ToList();
        var expected = requests.Select(_archive.Uncached.Search).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        LuceneSearchIndex[] indexes = [_archive.Cached, _archive.Small];
        using var start = new Barrier(8);

        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < 3; round++)
            {
                for (var n = 0; n < requests.Count; n++)
                {
                    var i = (n + (t * 17)) % requests.Count;
                    foreach (var index in indexes)
                    {
                        try
                        {
                            CachedArchive.AssertSameAnswer(expected[i], index.Search(requests[i]), requests[i].ToString());
                        }
                        catch (Exception ex)
                        {
                            failures.Enqueue(ex.Message);
                        }
                    }
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        Assert.InRange(_archive.Small.CachedSearches, 1, 4);
    }

    private static SearchQuery Query(string text, string filter, SearchSort sort, RecordScope scope) => filter switch
    {
        "ccg" => new SearchQuery { Ccg = CachedArchive.Ccgs[1].ToLowerInvariant() },
        "type" => new SearchQuery { DocumentType = Core.Documents.DocumentTypes.Policy },
        "outcome" => new SearchQuery { Outcome = DecisionOutcomes.Approved },
        "dates" => new SearchQuery { From = new DateOnly(2016, 1, 1), To = new DateOnly(2018, 6, 30) },
        _ => new SearchQuery(),
    } with { Text = text, Sort = sort, Scope = scope };
}
