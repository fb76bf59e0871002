using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace KnowledgeArchive.Worker.Broker;

/// <summary>
/// Sends persistent messages and waits until the broker has them (publisher confirms). While the broker is away it
/// keeps trying until it is back or the caller gives up, so a message is never dropped; one sent twice (the confirm
/// lost with the connection, or late) is answered once more, which the receivers allow for.
/// </summary>
public sealed class BrokerPublisher(BrokerConnection connection, BrokerQueues queues, ILogger<BrokerPublisher> logger) : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);

    // A confirm not back by then is taken as lost: the channel is let go and the message sent again on a new one.
    private static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private IChannel? channel;
    private IConnection? channelConnection;

    public async Task PublishAsync(string queue, ReadOnlyMemory<byte> body, string messageId, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json", MessageId = messageId };
        var failures = 0;
        while (true)
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var open = await OpenChannelAsync(cancellationToken);
                using var confirmed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                confirmed.CancelAfter(ConfirmTimeout);
                await open.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body, confirmed.Token);
                if (failures > 0)
                {
                    logger.LogInformation("Sent {MessageId} to {Queue} after {Failures} failed attempt(s)", messageId, queue, failures);
                }

                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                LetChannelGo();
                throw;
            }
            catch (Exception ex)
            {
                // Whatever failed, the channel's state is unknown (a confirm may still be owed on it): a new one is opened.
                LetChannelGo();
                if (failures++ % 30 == 0)
                {
                    var reason = ex is OperationCanceledException ? $"no confirm within {ConfirmTimeout.TotalSeconds:0} s" : ex.Message;
                    logger.LogWarning("Could not send {MessageId} to {Queue} ({Reason}); trying again", messageId, queue, reason);
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

    /// <summary>The channel, opened again when it or its connection has closed (the broker restarted).</summary>
    private async Task<IChannel> OpenChannelAsync(CancellationToken cancellationToken)
    {
        if (channel is { IsOpen: true } open && channelConnection is { IsOpen: true })
        {
            return open;
        }

        LetChannelGo();
        var current = await connection.GetAsync(cancellationToken);
        var opened = await current.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        await queues.DeclareAsync(opened, cancellationToken);
        (channel, channelConnection) = (opened, current);
        return opened;
    }

    private void LetChannelGo()
    {
        if (channel is { } old)
        {
            BrokerDisposal.LetGo(old);
        }

        (channel, channelConnection) = (null, null);
    }
}
