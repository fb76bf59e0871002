namespace KnowledgeArchive.Indexing.Tests.SearchCaching;

public sealed class LeastRecentlyUsedTests
{
    [Fact]
    public void PastTheBound_TheLeastRecentlyUsedEntryIsDropped()
    {
        var map = new LeastRecentlyUsed<string, int>(2);
        map.Set("a", 1);
        map.Set("b", 2);
        Assert.True(map.TryGet("a", out _));

        map.Set("c", 3);

        Assert.Equal(2, map.Count);
        Assert.False(map.TryGet("b", out _));
        Assert.True(map.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.True(map.TryGet("c", out _));
    }

    [Fact]
    public void SettingAKeyAgain_ReplacesItsValue_WithoutGrowing()
    {
        var map = new LeastRecentlyUsed<string, int>(2);
        map.Set("a", 1);
        map.Set("a", 2);

        Assert.Equal(1, map.Count);
        Assert.True(map.TryGet("a", out var value));
        Assert.Equal(2, value);
    }

    [Fact]
    public void ManyThreads_LeaveItWhole_AndWithinItsBound()
    {
        var map = new LeastRecentlyUsed<int, int>(8);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var start = new Barrier(8);

        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                for (var i = 0; i < 200_000; i++)
                {
                    var key = (i + (t * 13)) % 50;
                    if (!map.TryGet(key, out var value) || value % 50 != key)
                    {
                        map.Set(key, (i * 50) + key);
                    }
                }
            }
            catch (Exception ex)
            {
                failures.Enqueue(ex);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        Assert.Equal(8, map.Count);
        Assert.Equal(8, Enumerable.Range(0, 50).Count(key => map.TryGet(key, out var value) && value % 50 == key));
    }
}
