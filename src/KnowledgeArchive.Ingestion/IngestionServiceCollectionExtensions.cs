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
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ArchiveMetrics>();
        services.TryAddSingleton<IArchiveChanges, NoArchiveChanges>();
        services.AddSingleton<IngestBacklog>();
        services.AddSingleton<OneOffExtractions>();
        services.AddSingleton<QuarantinedDocuments>();
        services.AddSingleton<Sensitivity.RestrictedNames>();
        services.AddSingleton<DocumentIntake>();
        services.AddSingleton<Attachments.AttachmentIntake>();
        services.AddSingleton<Sensitivity.PrivateSessionPapers>();
        services.AddSingleton<Pipeline.ArchiveOrganisations>();
        services.AddSingleton<StoredDocuments>();
        services.AddSingleton<GroupCommit>();
        services.AddDocumentPipeline();
        services.TryAddSingleton<Pipeline.IPipelineRunner>(sp => sp.GetRequiredService<Pipeline.LocalPipelineRunner>());
        services.AddSingleton<DocumentProcessor>();
        services.AddHostedService<IngestWorker>();
        services.AddHostedService<InboxWatcher>();
        services.AddSingleton<IngestSources>();
        services.AddSingleton<FileStager>();
        services.AddSingleton<IngestBatches>();
        services.AddSingleton<BatchRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<BatchRunner>());
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
