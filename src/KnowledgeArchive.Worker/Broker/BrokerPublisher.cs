using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace KnowledgeArchive.Worker.Broker;

/// <summary>
/// Sends persistent messages and waits until the broker has them (publisher confirms). While the broker is away it
/// keeps trying until it is back or the caller gives up, so a message is never dropped; one sent twice (the confirm
/// lost with the connection) is answered once more, which the receivers allow for.
/// </summary>
public sealed class BrokerPublisher(BrokerConnection connection, BrokerQueues queues, ILogger<BrokerPublisher> logger) : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private IChannel? channel;

    public async Task PublishAsync(string queue, ReadOnlyMemory<byte> body, string messageId, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json", MessageId = messageId };
        var failures = 0;
        while (true)
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                channel = channel is { IsOpen: true } ? channel : await OpenAsync(cancellationToken);
                await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body, cancellationToken);
                if (failures > 0)
                {
                    logger.LogInformation("Sent {MessageId} to {Queue} after {Failures} failed attempt(s)", messageId, queue, failures);
                }

                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (failures++ % 30 == 0)
                {
                    logger.LogWarning("Could not send {MessageId} to {Queue} ({Reason}); trying again", messageId, queue, ex.Message);
                }
            }
            finally
            {
                gate.Release();
            }

            await Task.Delay(Retry, cancellationToken);
        }
    }

    public void Dispose()
    {
        channel?.Dispose();
        gate.Dispose();
    }

    private async Task<IChannel> OpenAsync(CancellationToken cancellationToken)
    {
        if (channel is { } old)
        {
            old.Dispose();
        }

        var open = await (await connection.GetAsync(cancellationToken)).CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        await queues.DeclareAsync(open, cancellationToken);
        return open;
    }
}
