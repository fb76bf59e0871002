namespace KnowledgeArchive.Core.Configuration;

/// <summary>
/// Settings under <c>Archive:Broker</c>: a RabbitMQ broker through which the service hands extraction, OCR and
/// enrichment to worker processes (<c>ka-worker</c>), which may run on other machines. Unset, the service reads every
/// document itself, as the embedded default always has.
/// </summary>
public sealed class BrokerOptions
{
    /// <summary>The broker's AMQP address (<c>amqp://user:password@host:5672/vhost</c>); empty for no broker.</summary>
    public string? Url { get; set; }

    /// <summary>Prefix of the queues' names, so several archives can share one broker.</summary>
    public string QueuePrefix { get; set; } = "ka";

    /// <summary>Documents the service keeps handed out at once, across all workers.</summary>
    public int InFlight { get; set; } = 64;

    /// <summary>Documents one worker reads at once; 0 for one per processor core, at most 4.</summary>
    public int WorkerConcurrency { get; set; }

    /// <summary>
    /// Times reading one file may stop a worker (the process killed, out of memory, crashed) while nothing else is read
    /// beside it, before the file is quarantined as <c>worker_crashed</c> instead of being handed out again.
    /// </summary>
    public int MaxWorkerCrashes { get; set; } = 3;

    /// <summary>True when a broker is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}
