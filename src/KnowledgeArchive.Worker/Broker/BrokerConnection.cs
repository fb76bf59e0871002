using KnowledgeArchive.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace KnowledgeArchive.Worker.Broker;

/// <summary>
/// The one connection to the broker: opened when first needed and again after it is lost (a broker restarted),
/// waiting (and saying so) while the broker cannot be reached. Its users open fresh channels on the new connection:
/// nothing is carried over from the old one, so no acknowledgement can reach a message the broker has already given
/// back to the queue.
/// </summary>
public sealed class BrokerConnection(IOptions<ArchiveOptions> options, ILogger<BrokerConnection> logger) : IAsyncDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim opening = new(1, 1);
    private IConnection? connection;

    /// <summary>The broker's address without its password, for messages.</summary>
    public string Address => Redacted(options.Value.Broker.Url);

    public async Task<IConnection> GetAsync(CancellationToken cancellationToken)
    {
        if (connection is { IsOpen: true } open)
        {
            return open;
        }

        await opening.WaitAsync(cancellationToken);
        try
        {
            if (connection is { IsOpen: true } opened)
            {
                return opened;
            }

            // The lost connection is let go, not disposed here: closing it waits for its consumers' handlers to stop.
            if (connection is { } lost)
            {
                BrokerDisposal.LetGo(lost);
            }

            connection = await OpenAsync(cancellationToken);
            return connection;
        }
        finally
        {
            opening.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is { } open)
        {
            await open.CloseAsync();
            open.Dispose();
        }

        opening.Dispose();
    }

    private async Task<IConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(options.Value.Broker.Url ?? throw new InvalidOperationException("Archive:Broker:Url is empty")),
            AutomaticRecoveryEnabled = false,
            ClientProvidedName = $"{AppDomain.CurrentDomain.FriendlyName} on {Environment.MachineName} ({Environment.ProcessId})",
        };
        var since = DateTimeOffset.UtcNow;
        var told = DateTimeOffset.MinValue;
        while (true)
        {
            try
            {
                var opened = await factory.CreateConnectionAsync(cancellationToken);
                logger.LogInformation("Connected to the broker at {Broker}", Address);
                return opened;
            }
            catch (BrokerUnreachableException ex)
            {
                if (DateTimeOffset.UtcNow - told > TimeSpan.FromSeconds(30))
                {
                    told = DateTimeOffset.UtcNow;
                    logger.LogWarning("Waiting for the broker at {Broker} ({Seconds:0} s so far): {Reason}", Address, (told - since).TotalSeconds, ex.InnerException?.Message ?? ex.Message);
                }

                await Task.Delay(Retry, cancellationToken);
            }
        }
    }

    private static string Redacted(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Host}:{uri.Port}{uri.AbsolutePath}" : "(not set)";
}
