using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace KnowledgeArchive.Worker.Broker;

/// <summary>
/// Consumes one queue with manual acknowledgement: a message is acknowledged only once <see cref="HandleAsync"/> has
/// finished with it, so one whose consumer dies first (a worker killed) goes back to the queue for another.
/// </summary>
public abstract class BrokerConsumer(BrokerConnection connection, BrokerQueues queues, ILogger logger) : BackgroundService
{
    /// <summary>The queues' names.</summary>
    protected BrokerQueues Queues => queues;

    /// <summary>The consumer's log.</summary>
    protected ILogger Logger => logger;

    /// <summary>The queue consumed.</summary>
    protected abstract string Queue { get; }

    /// <summary>Messages handled at once (and so taken from the queue ahead).</summary>
    protected abstract int Concurrency { get; }

    /// <summary>
    /// Handles one message; an exception leaves it unacknowledged, to be delivered again. The token is cancelled when the
    /// service stops or the channel that delivered the message is lost.
    /// </summary>
    protected abstract Task HandleAsync(ReadOnlyMemory<byte> body, bool redelivered, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ConsumeUntilLostAsync(stoppingToken);
                logger.LogWarning("Lost the broker while consuming {Queue}; consuming again once it is back", Queue);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Could not consume {Queue} ({Reason}); trying again", Queue, ex.Message);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Consumes on a channel of its own until the channel closes (the broker gone) or the service stops.</summary>
    private async Task ConsumeUntilLostAsync(CancellationToken stoppingToken)
    {
        var concurrency = (ushort)Math.Clamp(Concurrency, 1, ushort.MaxValue);
        var channel = await (await connection.GetAsync(stoppingToken)).CreateChannelAsync(new CreateChannelOptions(false, false, consumerDispatchConcurrency: concurrency), stoppingToken);
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // What this channel delivered can no longer be acknowledged once it is lost (the broker delivers it again), so
        // its handlers are stopped then (below, not in the client's shutdown event). They must be: the client shuts a
        // lost connection's channels down one after another, each only once all its consumer's handlers have
        // returned, so a handler waiting for the confirm of an answer sent on a later channel of that connection
        // would wait for ever, holding up every answer sent after it.
        using var handlersStop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var handlersToken = handlersStop.Token;
        channel.ChannelShutdownAsync += (_, _) =>
        {
            lost.TrySetResult();
            return Task.CompletedTask;
        };
        try
        {
            await queues.DeclareAsync(channel, stoppingToken);
            await channel.BasicQosAsync(0, concurrency, global: false, stoppingToken);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) => OnReceivedAsync(channel, delivery, handlersToken);
            await channel.BasicConsumeAsync(Queue, autoAck: false, consumer, stoppingToken);
            logger.LogInformation("Consuming {Queue} at {Broker}, {Concurrency} at a time", Queue, connection.Address, concurrency);
            await lost.Task.WaitAsync(stoppingToken);
        }
        finally
        {
            // Stopping or lost: what was not acknowledged goes back to the queue when the channel closes.
            await handlersStop.CancelAsync();
            await CloseQuietlyAsync(channel);
        }
    }

    private async Task OnReceivedAsync(IChannel channel, BasicDeliverEventArgs delivery, CancellationToken handlersStop)
    {
        try
        {
            await HandleAsync(delivery.Body, delivery.Redelivered, handlersStop);
        }
        catch (OperationCanceledException) when (handlersStop.IsCancellationRequested)
        {
            // The service stops or the channel is lost: the message goes back to the queue with the channel.
            return;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A message from {Queue} could not be handled; it goes back to the queue", Queue);
            await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            await SettleQuietlyAsync(() => channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true).AsTask());
            return;
        }

        await SettleQuietlyAsync(() => channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).AsTask());
    }

    // A channel lost with the broker cannot settle what it delivered: the broker delivers those messages again.
    private async Task SettleQuietlyAsync(Func<Task> settle)
    {
        try
        {
            await settle();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Could not acknowledge a message from {Queue} ({Reason}); the broker will deliver it again", Queue, ex.Message);
        }
    }

    private static async Task CloseQuietlyAsync(IChannel channel)
    {
        try
        {
            await channel.CloseAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The connection is gone already.
        }

        await channel.DisposeAsync();
    }
}
