namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>
/// How many times each key is held, and how many times the set of keys has changed
/// (a key came or went): so what depends only on which keys there are is rebuilt when that changes, not at every count.
/// </summary>
/// <typeparam name="TKey">What is counted.</typeparam>
internal sealed class Tally<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> counts = new(comparer);

    /// <summary>Goes up each time a key comes or goes.</summary>
    public long Changes { get; private set; }

    public IEnumerable<TKey> Keys => counts.Keys;

    public void Add(TKey key)
    {
        var count = counts.GetValueOrDefault(key);
        counts[key] = count + 1;
        if (count == 0)
        {
            Changes++;
        }
    }

    public void Remove(TKey key)
    {
        if (!counts.TryGetValue(key, out var count))
        {
            return;
        }

        if (count > 1)
        {
            counts[key] = count - 1;
            return;
        }

        counts.Remove(key);
        Changes++;
    }
}
