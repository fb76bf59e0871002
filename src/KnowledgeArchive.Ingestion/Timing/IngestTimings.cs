using System.Diagnostics;

namespace KnowledgeArchive.Ingestion.Timing;

/// <summary>
/// Time spent in each ingest stage since start, summed over the workers that run at once (so the stages can add up
/// to more than the wall time). Cheap enough to stay on in the service; read by <c>ka-tools bench-ingest</c>.
/// </summary>
public sealed class IngestTimings
{
    private readonly long[] ticks = new long[Enum.GetValues<IngestStage>().Length];
    private readonly long[] counts = new long[Enum.GetValues<IngestStage>().Length];
    private readonly SlowestDocuments slowest = new(100);

    /// <summary>Starts timing one pass through <paramref name="stage"/>; the pass ends when the span is disposed.</summary>
    public Span Measure(IngestStage stage) => new(this, stage, Stopwatch.GetTimestamp());

    public TimeSpan Total(IngestStage stage) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks[(int)stage]));

    public long Count(IngestStage stage) => Interlocked.Read(ref counts[(int)stage]);

    /// <summary>Records how long a document's own work took (extraction once a worker was free, and enrichment).</summary>
    public void Document(string documentId, TimeSpan elapsed) => slowest.Add(documentId, elapsed);

    /// <summary>The documents whose own work took longest since start (the 100 slowest are kept), slowest first.</summary>
    public IReadOnlyList<(string DocumentId, TimeSpan Elapsed)> Slowest() => slowest.List();

    private void Add(IngestStage stage, long elapsed)
    {
        Interlocked.Add(ref ticks[(int)stage], elapsed);
        Interlocked.Increment(ref counts[(int)stage]);
    }

    /// <summary>One timed pass through a stage.</summary>
    public readonly struct Span(IngestTimings owner, IngestStage stage, long started) : IDisposable
    {
        public void Dispose() => owner.Add(stage, Stopwatch.GetTimestamp() - started);
    }
}
