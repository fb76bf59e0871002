using KnowledgeArchive.Core.Search;
using Lucene.Net.Index;

namespace KnowledgeArchive.Indexing.Tests.SearchCaching;

/// <summary>Entries belong to one reader: found and kept only through it, and gone once a newer one is current.</summary>
public sealed class SearchCacheGenerationTests : IDisposable
{
    private static readonly SearchCacheKey Key = SearchCacheKey.Of(new SearchQuery { Text = "wheelchair" });
    private static readonly CollectedSearch Collected = new(0, new Dictionary<string, IReadOnlyList<FacetValue>>(), [], new Dictionary<string, HashSet<string>>());

    private readonly MultiReader older = new();
    private readonly MultiReader newer = new();

    public void Dispose()
    {
        older.Dispose();
        newer.Dispose();
    }

    [Fact]
    public void AnEntry_IsFoundThroughItsOwnReaderOnly()
    {
        var cache = new SearchCache(4);
        cache.Renew(older);
        cache.Add(older, Key, Collected);

        Assert.Same(Collected, cache.Find(older, Key));
        Assert.Null(cache.Find(newer, Key));
    }

    [Fact]
    public void Renewing_MakesEarlierEntriesUnreachable()
    {
        var cache = new SearchCache(4);
        cache.Renew(older);
        cache.Add(older, Key, Collected);

        cache.Renew(newer);

        Assert.Null(cache.Find(older, Key));
        Assert.Null(cache.Find(newer, Key));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void ASearchStillRunningOnTheOlderReader_IsNotKept()
    {
        var cache = new SearchCache(4);
        cache.Renew(newer);

        cache.Add(older, Key, Collected);

        Assert.Equal(0, cache.Count);
        Assert.Null(cache.Find(older, Key));
    }

    [Fact]
    public void ABoundOfZero_KeepsNothing()
    {
        var cache = new SearchCache(0);
        cache.Renew(older);
        cache.Add(older, Key, Collected);

        Assert.False(cache.Enabled);
        Assert.Null(cache.Find(older, Key));
    }
}
