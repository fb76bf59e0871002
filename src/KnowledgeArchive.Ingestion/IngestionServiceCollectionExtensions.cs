using KnowledgeArchive.Core.Diagnostics;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion.Batches;
using KnowledgeArchive.Ingestion.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeArchive.Ingestion;

/// <summary>Registers intake, the queue, the worker, the inbox watcher and bulk batches. Needs the catalog, extraction and index registered too.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <param name="services">The services.</param>
    /// <param name="takeDocumentsIn">
    /// Whether this process takes documents in and reads them (the ingest worker, the inbox watcher, bulk batches run in
    /// the background); a search node registers what the API needs but runs none of them.
    /// </param>
    public static IServiceCollection AddIngestion(this IServiceCollection services, bool takeDocumentsIn = true)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ArchiveMetrics>();
        services.TryAddSingleton<IArchiveChanges, NoArchiveChanges>();
        services.AddSingleton<IngestBacklog>();
        services.AddSingleton<OcrBacklog>();
        services.AddSingleton<OneOffExtractions>();
        services.AddSingleton<QuarantinedDocuments>();
        services.AddSingleton<Sensitivity.RestrictedNames>();
        services.AddSingleton<DocumentIntake>();
        services.AddSingleton<Attachments.AttachmentIntake>();
        services.AddSingleton<Sensitivity.PrivateSessionPapers>();
        services.AddSingleton<Pipeline.ArchiveOrganisations>();
        services.TryAddSingleton<StoredDocuments>();
        services.AddSingleton<GroupCommit>();
        services.TryAddSingleton<Following.IndexTurns>();
        services.TryAddSingleton<Following.LocalCommits>();
        services.TryAddSingleton<Core.Search.ISearchSequence, Following.CatalogSearchSequence>();
        services.AddDocumentPipeline();
        services.TryAddSingleton<Pipeline.IPipelineRunner>(sp => sp.GetRequiredService<Pipeline.LocalPipelineRunner>());
        services.AddSingleton<DocumentProcessor>();
        services.AddSingleton<IngestSources>();
        services.AddSingleton<FileStager>();
        services.AddSingleton<IngestBatches>();
        services.AddSingleton<BatchRunner>();
        if (takeDocumentsIn)
        {
            services.AddHostedService<IngestWorker>();
            services.AddHostedService<InboxWatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<BatchRunner>());
        }

        return services;
    }

    /// <summary>
    /// Keeps this process's index in step with the catalog's change feed (<see cref="Following.FeedFollower"/>), and
    /// answers which catalog sequence searches reflect from what it has applied. For a catalog other processes write.
    /// </summary>
    public static IServiceCollection AddFeedFollowing(this IServiceCollection services)
    {
        services.TryAddSingleton<StoredDocuments>();
        services.TryAddSingleton<Following.IndexTurns>();
        services.TryAddSingleton<Following.LocalCommits>();
        services.AddSingleton<Following.FeedFollower>();
        services.AddHostedService(sp => sp.GetRequiredService<Following.FeedFollower>());
        services.Replace(ServiceDescriptor.Singleton<Core.Search.ISearchSequence>(sp => sp.GetRequiredService<Following.FeedFollower>()));
        return services;
    }

    /// <summary>The steps a document is read by, and the runner that reads documents in this process: all a worker needs.</summary>
    public static IServiceCollection AddDocumentPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton<Timing.IngestTimings>();
        services.TryAddSingleton<Pipeline.PreflightStep>();
        services.TryAddSingleton<Pipeline.ExtractStep>();
        services.TryAddSingleton<Pipeline.EnrichStep>();
        services.TryAddSingleton<Pipeline.TitleStep>();
        services.TryAddSingleton<Pipeline.DocumentPipeline>();
        services.TryAddSingleton<Pipeline.LocalPipelineRunner>();
        services.TryAddSingleton<Pipeline.ProcessingVersion>();
        return services;
    }
}
