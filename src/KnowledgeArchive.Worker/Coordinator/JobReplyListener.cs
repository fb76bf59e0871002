using System.Text.Json;
using KnowledgeArchive.Worker.Broker;
using KnowledgeArchive.Worker.Jobs;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Worker.Coordinator;

/// <summary>The service's side of the broker: takes workers' answers and hands each to the document waiting for it.</summary>
public sealed class JobReplyListener(BrokerConnection connection, BrokerQueues queues, JobReplies replies, ILogger<JobReplyListener> logger)
    : BrokerConsumer(connection, queues, logger)
{
    protected override string Queue => Queues.Replies;

    protected override int Concurrency => 64;

    protected override Task HandleAsync(ReadOnlyMemory<byte> body, bool redelivered, CancellationToken cancellationToken)
    {
        if (JsonSerializer.Deserialize(body.Span, JobJson.Default.ReadJobDone) is { } done)
        {
            replies.Deliver(done);
        }

        return Task.CompletedTask;
    }
}
