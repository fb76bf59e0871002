using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Collected searches of the reader searches currently run on, the least recently used dropped past a bound. Doc ids
/// are valid for one reader only, so entries belong to a generation tied to its reader: an entry is found and added
/// only through that very reader, and <see cref="Renew"/> (called when a publish opens a new reader) starts an empty
/// generation, so answers collected before the publish are unreachable from then on, even those of searches that were
/// still running on the old reader. Searches that miss on the same key at once share one collection
/// (<see cref="Collect"/>): after a publish empties the cache, a popular search is collected once, not once per caller.
/// </summary>
internal sealed class SearchCache
{
    /// <summary>How many documents of the ranking an entry keeps: 50 pages of 20, 5 of the largest page the API serves.</summary>
    public const int Depth = 1000;

    private readonly int capacity;
    private Generation current;
    private int waiting;

    public SearchCache(int capacity)
    {
        this.capacity = Math.Max(0, capacity);
        current = new Generation(null, null, null);
    }

    /// <summary>False when the bound is 0: nothing is kept.</summary>
    public bool Enabled => capacity > 0;

    /// <summary>Entries of the current generation.</summary>
    public int Count => Volatile.Read(ref current).Entries?.Count ?? 0;

    /// <summary>Searches waiting for the same search's collection by another caller.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    public CollectedSearch? Find(IndexReader reader, SearchCacheKey key)
    {
        var generation = Volatile.Read(ref current);
        return ReferenceEquals(generation.Reader, reader) && generation.Entries!.TryGet(key, out var found) ? found : null;
    }

    /// <summary>
    /// Runs <paramref name="collect"/> on <paramref name="reader"/> and keeps its answer, unless a search with the same
    /// key is being collected on that reader already: then waits for that one and returns its answer (or its error).
    /// </summary>
    public CollectedSearch Collect(IndexReader reader, SearchCacheKey key, Func<CollectedSearch> collect)
    {
        ArgumentNullException.ThrowIfNull(collect);
        var generation = Volatile.Read(ref current);
        if (!ReferenceEquals(generation.Reader, reader))
        {
            return collect();
        }

        var running = new Lazy<CollectedSearch>(collect, LazyThreadSafetyMode.ExecutionAndPublication);
        var shared = generation.Running!.GetOrAdd(key, running);
        if (!ReferenceEquals(shared, running))
        {
            Interlocked.Increment(ref waiting);
            try
            {
                return shared.Value;
            }
            finally
            {
                Interlocked.Decrement(ref waiting);
            }
        }

        try
        {
            var collected = running.Value;
            generation.Entries!.Set(key, collected);
            return collected;
        }
        finally
        {
            generation.Running.TryRemove(KeyValuePair.Create(key, running));
        }
    }

    /// <summary>Drops every entry and keeps, from now on, searches collected on <paramref name="reader"/>.</summary>
    public void Renew(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (Enabled)
        {
            Volatile.Write(ref current, new Generation(reader, new LeastRecentlyUsed<SearchCacheKey, CollectedSearch>(capacity), new()));
        }
    }

    private sealed record Generation(
        IndexReader? Reader,
        LeastRecentlyUsed<SearchCacheKey, CollectedSearch>? Entries,
        ConcurrentDictionary<SearchCacheKey, Lazy<CollectedSearch>>? Running);
}
