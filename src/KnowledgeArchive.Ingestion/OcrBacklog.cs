using System.Collections.Concurrent;

namespace KnowledgeArchive.Ingestion;

/// <summary>
/// Pages waiting for OCR in this process, each counted from when its document leaves the reading slots for the OCR
/// lane until OCR is done with it (read, failed or given up): run-time state, as the lane is a queue, not history.
/// A pending document counts towards the batch that brought it in; one read again (by newer rules) towards none.
/// </summary>
public sealed class OcrBacklog
{
    private readonly ConcurrentDictionary<object, Waiting> waiting = new();

    /// <summary>Pages waiting for OCR across the archive.</summary>
    public int Pages => waiting.Values.Sum(w => w.Pages);

    /// <summary>Pages of the batch's documents waiting for OCR.</summary>
    public int PagesOf(string batchId) =>
        waiting.Values.Where(w => string.Equals(w.BatchId, batchId, StringComparison.Ordinal)).Sum(w => w.Pages);

    /// <summary>Counts <paramref name="pages"/> as waiting (for <paramref name="batchId"/>, when given) until the result is disposed.</summary>
    public IDisposable Add(string? batchId, int pages)
    {
        var key = new object();
        waiting[key] = new Waiting(batchId, pages);
        return new Done(() => waiting.TryRemove(key, out _));
    }

    private sealed record Waiting(string? BatchId, int Pages);

    private sealed class Done(Action done) : IDisposable
    {
        public void Dispose() => done();
    }
}
