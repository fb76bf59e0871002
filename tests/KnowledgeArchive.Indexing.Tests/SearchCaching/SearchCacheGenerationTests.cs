using KnowledgeArchive.Core.Search;
using Lucene.Net.Index;

namespace KnowledgeArchive.Indexing.Tests.SearchCaching;

/// <summary>
/// Entries belong to one reader: found and kept only through it, and gone once a newer one is current. Misses on the
/// same key at once share one collection.
/// </summary>
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
        cache.Collect(older, Key, () => Collected);

        Assert.Same(Collected, cache.Find(older, Key));
        Assert.Null(cache.Find(newer, Key));
    }

    [Fact]
    public void Renewing_MakesEarlierEntriesUnreachable()
    {
        var cache = new SearchCache(4);
        cache.Renew(older);
        cache.Collect(older, Key, () => Collected);

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

        cache.Collect(older, Key, () => Collected);

        Assert.Equal(0, cache.Count);
        Assert.Null(cache.Find(older, Key));
    }

    [Fact]
    public void ABoundOfZero_KeepsNothing()
    {
        var cache = new SearchCache(0);
        cache.Renew(older);
        cache.Collect(older, Key, () => Collected);

        Assert.False(cache.Enabled);
        Assert.Null(cache.Find(older, Key));
    }

    [Fact]
    public async Task MissesOnTheSameKeyAtOnce_ShareOneCollection_AndItsAnswer()
    {
        var cache = new SearchCache(4);
        cache.Renew(older);
        using var release = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var collections = 0;
        CollectedSearch Collect()
        {
            Interlocked.Increment(ref collections);
            started.Set();
            release.Wait(TimeSpan.FromSeconds(30));
            return new(1, new Dictionary<string, IReadOnlyList<FacetValue>>(), [], new Dictionary<string, HashSet<string>>());
        }

        var first = OnItsOwnThread(() => cache.Collect(older, Key, Collect));
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
        var others = Enumerable.Range(0, 7).Select(_ => OnItsOwnThread(() => cache.Collect(older, Key, Collect))).ToList();
        Assert.True(SpinWait.SpinUntil(() => cache.Waiting == 7, TimeSpan.FromSeconds(10)));
        release.Set();
        var answers = await Task.WhenAll([first, .. others]);

        Assert.Equal(1, collections);
        Assert.All(answers, a => Assert.Same(answers[0], a));
        Assert.Same(answers[0], cache.Find(older, Key));
        Assert.Equal(0, cache.Waiting);
    }

    [Fact]
    public async Task ACollectionThatFails_FailsItsWaiters_AndIsNotKept()
    {
        var cache = new SearchCache(4);
        cache.Renew(older);
        using var release = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        CollectedSearch Fail()
        {
            started.Set();
            release.Wait(TimeSpan.FromSeconds(30));
            throw new SearchTimeoutException("The search ran past 10 s.");
        }

        var first = OnItsOwnThread(() => cache.Collect(older, Key, Fail));
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
        var waiter = OnItsOwnThread(() => cache.Collect(older, Key, Fail));
        Assert.True(SpinWait.SpinUntil(() => cache.Waiting == 1, TimeSpan.FromSeconds(10)));
        release.Set();

        await Assert.ThrowsAsync<SearchTimeoutException>(() => first);
        await Assert.ThrowsAsync<SearchTimeoutException>(() => waiter);
        Assert.Null(cache.Find(older, Key));
        Assert.Same(Collected, cache.Collect(older, Key, () => Collected));
    }

    // Callers block while they wait, so each gets a thread of its own rather than waiting for the pool to grow.
    private static Task<CollectedSearch> OnItsOwnThread(Func<CollectedSearch> search) =>
        Task.Factory.StartNew(search, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
