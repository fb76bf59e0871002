using System.Threading.Channels;
using KnowledgeArchive.Core.Diagnostics;

namespace KnowledgeArchive.Ingestion;

/// <summary>
/// Ids of documents waiting for the worker. The catalog's pending status is the durable record;
/// this queue only says what to look at next, so losing it in a crash loses nothing.
/// </summary>
public sealed class IngestBacklog
{
    private const int Capacity = 10_000;

    private readonly Channel<string> channel = Channel.CreateBounded<string>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    public IngestBacklog(ArchiveMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        metrics.ObserveQueue(() => channel.Reader.Count);
    }

    public ValueTask EnqueueAsync(string documentId, CancellationToken cancellationToken) =>
        channel.Writer.WriteAsync(documentId, cancellationToken);

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken) =>
        channel.Reader.ReadAllAsync(cancellationToken);
}
