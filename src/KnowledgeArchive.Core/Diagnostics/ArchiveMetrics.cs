using System.Diagnostics.Metrics;

namespace KnowledgeArchive.Core.Diagnostics;

/// <summary>
/// The archive's metrics, on the meter <see cref="MeterName"/>: documents ingested and quarantined, how long
/// searches take, and how many documents wait for the ingest worker. Made by the host's meter factory, so each host
/// (and each test's app) has its own.
/// </summary>
public sealed class ArchiveMetrics
{
    public const string MeterName = "KnowledgeArchive";

    /// <summary>Documents that left ingest, with the tag <c>outcome</c>: <c>indexed</c> or <c>quarantined</c>.</summary>
    public const string DocumentsIngested = "ka.ingest.documents";

    /// <summary>Documents waiting for the ingest worker (an observable gauge).</summary>
    public const string QueueLength = "ka.ingest.queue.length";

    /// <summary>How long a search of the index took, in seconds.</summary>
    public const string SearchDuration = "ka.search.duration";

    private readonly Counter<long> documents;
    private readonly Histogram<double> searches;

    public ArchiveMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(MeterName);
        documents = Meter.CreateCounter<long>(DocumentsIngested, "{document}", "Documents that left ingest, by outcome (indexed, quarantined)");
        searches = Meter.CreateHistogram<double>(SearchDuration, "s", "How long a search of the index took");
    }

    public Meter Meter { get; }

    public void DocumentIndexed() => documents.Add(1, new KeyValuePair<string, object?>("outcome", "indexed"));

    public void DocumentQuarantined(string code) =>
        documents.Add(1, new KeyValuePair<string, object?>("outcome", "quarantined"), new KeyValuePair<string, object?>("code", code));

    public void SearchTook(TimeSpan elapsed) => searches.Record(elapsed.TotalSeconds);

    /// <summary>Reports <paramref name="length"/> as the ingest queue's length whenever metrics are collected.</summary>
    public void ObserveQueue(Func<int> length) =>
        Meter.CreateObservableGauge(QueueLength, length, "{document}", "Documents waiting for the ingest worker");
}
