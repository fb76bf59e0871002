using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>
/// Everyone who steps aside while a document's scanned pages wait for OCR, told in the order they were added and
/// told back in reverse once OCR is done: the runner's reading slot, the document's place among those in work, the
/// batch's count of pages awaiting OCR.
/// </summary>
public sealed class OcrWaitListeners : IOcrWaitListener
{
    private readonly List<Func<int, IDisposable?>> listeners = [];

    /// <summary>Adds a listener: given the pages waiting, it returns what to dispose once OCR is done (or null).</summary>
    public void Add(Func<int, IDisposable?> listener)
    {
        lock (listeners)
        {
            listeners.Add(listener);
        }
    }

    public IDisposable? AwaitingOcr(int pages)
    {
        List<Func<int, IDisposable?>> now;
        lock (listeners)
        {
            now = [.. listeners];
        }

        var ends = now.Select(l => l(pages)).OfType<IDisposable>().Reverse().ToList();
        return new Ends(ends);
    }

    private sealed class Ends(List<IDisposable> ends) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                ends.ForEach(e => e.Dispose());
            }
        }
    }
}
