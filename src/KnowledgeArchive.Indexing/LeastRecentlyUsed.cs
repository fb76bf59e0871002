using System.Diagnostics.CodeAnalysis;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// A map of at most a given number of entries that drops the one used least recently to make room. Safe for many
/// threads: each call holds a lock only to look up or link one entry.
/// </summary>
internal sealed class LeastRecentlyUsed<TKey, TValue>
    where TKey : notnull
{
    private readonly int capacity;
    private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> entries = [];
    private readonly LinkedList<KeyValuePair<TKey, TValue>> recency = [];
    private readonly Lock gate = new();

    public LeastRecentlyUsed(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        this.capacity = capacity;
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (gate)
        {
            if (!entries.TryGetValue(key, out var node))
            {
                value = default;
                return false;
            }

            recency.Remove(node);
            recency.AddFirst(node);
            value = node.Value.Value;
            return true;
        }
    }

    public void Set(TKey key, TValue value)
    {
        lock (gate)
        {
            if (entries.Remove(key, out var existing))
            {
                recency.Remove(existing);
            }

            entries[key] = recency.AddFirst(KeyValuePair.Create(key, value));
            if (entries.Count > capacity)
            {
                var oldest = recency.Last!;
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
            }
        }
    }
}
