using KnowledgeArchive.Catalog;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Enrichment;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Indexing;
using KnowledgeArchive.Lineage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Ingestion.Tests;

/// <summary>The ingest pipeline as the service composes it (real catalog, worker processes, Lucene on disk), without the web front.</summary>
public sealed class ArchiveHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ArchiveHost(IHost host, ArchivePaths paths)
    {
        _host = host;
        Paths = paths;
    }

    public ArchivePaths Paths { get; }

    public IDocumentCatalog Catalog => _host.Services.GetRequiredService<IDocumentCatalog>();

    public ISearchIndex Index => _host.Services.GetRequiredService<ISearchIndex>();

    public IDecisionStore Decisions => _host.Services.GetRequiredService<IDecisionStore>();

    public ILineageStore Lineage => _host.Services.GetRequiredService<ILineageStore>();

    /// <summary>Recomputes the lineage graph now rather than waiting for the updater's quiet period.</summary>
    public KnowledgeArchive.Lineage.Questions.LineageQuestions Questions => _host.Services.GetRequiredService<KnowledgeArchive.Lineage.Questions.LineageQuestions>();

    public Task UpdateLineageAsync() => _host.Services.GetRequiredService<LineageUpdater>().UpdateAsync(CancellationToken.None);

    public DocumentIntake Intake => _host.Services.GetRequiredService<DocumentIntake>();

    public DocumentProcessor Processor => _host.Services.GetRequiredService<DocumentProcessor>();

    public KnowledgeArchive.Core.Ingestion.IIngestLedger Ledger => _host.Services.GetRequiredService<KnowledgeArchive.Core.Ingestion.IIngestLedger>();

    public global::KnowledgeArchive.Ingestion.Batches.IngestBatches Batches => _host.Services.GetRequiredService<global::KnowledgeArchive.Ingestion.Batches.IngestBatches>();

    public static async Task<ArchiveHost> StartAsync(string dataDirectory, string? ingestConfigFile = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.Configure<ArchiveOptions>(o =>
        {
            o.DataDirectory = dataDirectory;
            o.InboxSettleTime = TimeSpan.FromMilliseconds(300);
            o.InboxPollInterval = TimeSpan.FromMilliseconds(100);
            o.IngestConfigFile = ingestConfigFile;
            o.OrganisationOverlays.Add(Path.Combine(AppContext.BaseDirectory, "organisations.demo.json"));
        });
        builder.Services.AddSingleton(sp =>
        {
            var paths = new ArchivePaths(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value);
            paths.EnsureCreated();
            return paths;
        });
        builder.Services.AddCatalog().AddExtraction().AddEnrichment().AddIndexing().AddIngestion().AddLineage();
        var host = builder.Build();
        await host.StartAsync();
        return new ArchiveHost(host, host.Services.GetRequiredService<ArchivePaths>());
    }

    public static async Task<DocumentRecord> WaitForFinalStateAsync(Func<Task<DocumentRecord?>> find)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var record = await find();
            if (record is { Status: not DocumentStatus.Pending })
            {
                return record;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the document did not reach a final state within 30 s");
    }

    public Task<DocumentRecord> WaitForFileAsync(string fileName) =>
        WaitForFinalStateAsync(async () => (await Catalog.ListAsync(new DocumentQuery(FileName: fileName, Scope: RecordScope.All), CancellationToken.None)).Items is [var first, ..] ? first : null);

    /// <summary>Waits until every file of the batch has its outcome (none pending) and returns the batch.</summary>
    public async Task<KnowledgeArchive.Core.Ingestion.IngestBatch> WaitForBatchAsync(string batchId, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            var batch = await Ledger.FindBatchAsync(batchId, CancellationToken.None);
            if (batch?.State == KnowledgeArchive.Core.Ingestion.IngestBatchStates.Completed)
            {
                return batch;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"batch {batchId} did not complete within {seconds} s");
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
