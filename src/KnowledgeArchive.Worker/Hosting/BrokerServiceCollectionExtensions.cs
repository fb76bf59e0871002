using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Ingestion.Pipeline;
using KnowledgeArchive.Worker.Broker;
using KnowledgeArchive.Worker.Coordinator;
using KnowledgeArchive.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Worker.Hosting;

/// <summary>Registers the broker's two sides: the service handing documents out, and a worker reading them.</summary>
public static class BrokerServiceCollectionExtensions
{
    /// <summary>The service's side: documents are read by workers (call after <c>AddIngestion</c>).</summary>
    public static IServiceCollection AddReadingOnWorkers(this IServiceCollection services)
    {
        services.AddBrokerClient();
        services.TryAddSingleton<JobReplies>();
        services.TryAddSingleton<BrokerPipelineRunner>();
        services.Replace(ServiceDescriptor.Singleton<IPipelineRunner>(sp => sp.GetRequiredService<BrokerPipelineRunner>()));
        services.AddHostedService<JobReplyListener>();
        return services;
    }

    /// <summary>A worker's side: jobs taken from the broker and read here (needs the pipeline registered).</summary>
    public static IServiceCollection AddReadJobs(this IServiceCollection services)
    {
        services.AddBrokerClient();
        services.TryAddSingleton<ReadJobHandler>();
        services.TryAddSingleton<ReadAttempts>();
        services.TryAddSingleton(sp => new ReadingTurns(ReadJobConsumer.WorkerConcurrency(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.Broker)));
        services.AddHostedService<ReadJobConsumer>();
        return services;
    }

    private static void AddBrokerClient(this IServiceCollection services)
    {
        services.TryAddSingleton<BrokerConnection>();
        services.TryAddSingleton<BrokerQueues>();
        services.TryAddSingleton<BrokerPublisher>();
        services.TryAddSingleton<IJobResultStore, FileSystemJobResultStore>();
    }
}
