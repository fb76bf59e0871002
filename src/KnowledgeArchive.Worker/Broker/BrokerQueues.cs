using KnowledgeArchive.Core.Configuration;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace KnowledgeArchive.Worker.Broker;

/// <summary>
/// The two durable queues: documents to read (consumed by every worker) and workers' answers (consumed by the
/// service). Declared alike by whoever connects first, so neither side needs the other to have started.
/// </summary>
public sealed class BrokerQueues(IOptions<ArchiveOptions> options)
{
    public string Jobs { get; } = options.Value.Broker.QueuePrefix + ".read-jobs";

    public string Replies { get; } = options.Value.Broker.QueuePrefix + ".read-done";

    public async Task DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        foreach (var queue in new[] { Jobs, Replies })
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: cancellationToken);
        }
    }
}
