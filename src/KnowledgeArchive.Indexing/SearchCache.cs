using Lucene.Net.Index;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Collected searches of the reader searches currently run on, the least recently used dropped past a bound. Doc ids
/// are valid for one reader only, so entries belong to a generation tied to its reader: an entry is found and added
/// only through that very reader, and <see cref="Renew"/> (called when a publish opens a new reader) starts an empty
/// generation, so answers collected before the publish are unreachable from then on, even those of searches that were
/// still running on the old reader.
/// </summary>
internal sealed class SearchCache
{
    /// <summary>How many documents of the ranking an entry keeps: 50 pages of 20, 5 of the largest page the API serves.</summary>
    public const int Depth = 1000;

    private readonly int capacity;
    private Generation current;

    public SearchCache(int capacity)
    {
        this.capacity = Math.Max(0, capacity);
        current = new Generation(null, null);
    }

    /// <summary>False when the bound is 0: nothing is kept.</summary>
    public bool Enabled => capacity > 0;

    /// <summary>Entries of the current generation.</summary>
    public int Count => Volatile.Read(ref current).Entries?.Count ?? 0;

    public CollectedSearch? Find(IndexReader reader, SearchCacheKey key)
    {
        var generation = Volatile.Read(ref current);
        return ReferenceEquals(generation.Reader, reader) && generation.Entries!.TryGet(key, out var found) ? found : null;
    }

    /// <summary>Keeps a search collected on <paramref name="reader"/>, unless a newer reader has replaced it since.</summary>
    public void Add(IndexReader reader, SearchCacheKey key, CollectedSearch search)
    {
        var generation = Volatile.Read(ref current);
        if (ReferenceEquals(generation.Reader, reader))
        {
            generation.Entries!.Set(key, search);
        }
    }

    /// <summary>Drops every entry and keeps, from now on, searches collected on <paramref name="reader"/>.</summary>
    public void Renew(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (Enabled)
        {
            Volatile.Write(ref current, new Generation(reader, new LeastRecentlyUsed<SearchCacheKey, CollectedSearch>(capacity)));
        }
    }

    private sealed record Generation(IndexReader? Reader, LeastRecentlyUsed<SearchCacheKey, CollectedSearch>? Entries);
}
