namespace KnowledgeArchive.Ingestion.Timing;

/// <summary>The <c>capacity</c> slowest documents seen, kept in bounded memory however many go through.</summary>
internal sealed class SlowestDocuments(int capacity)
{
    private readonly Lock gate = new();
    private readonly PriorityQueue<(string DocumentId, TimeSpan Elapsed), TimeSpan> kept = new();

    public void Add(string documentId, TimeSpan elapsed)
    {
        lock (gate)
        {
            if (kept.Count < capacity)
            {
                kept.Enqueue((documentId, elapsed), elapsed);
            }
            else if (kept.TryPeek(out _, out var fastest) && elapsed > fastest)
            {
                kept.EnqueueDequeue((documentId, elapsed), elapsed);
            }
        }
    }

    public IReadOnlyList<(string DocumentId, TimeSpan Elapsed)> List()
    {
        lock (gate)
        {
            return [.. kept.UnorderedItems.Select(i => i.Element).OrderByDescending(i => i.Elapsed)];
        }
    }
}
