using System.Threading.Channels;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>
/// Works through batches one at a time: lists the input into the ledger, then stages each pending file. At start-up
/// it resumes every batch the ledger says is unfinished, so a stop or crash at any point loses no file; a batch that
/// meets the catalog away (its database restarting) resumes once it is back.
/// </summary>
public sealed class BatchRunner(
    IIngestLedger ledger,
    IngestSources sources,
    FileStager stager,
    ArchivePaths paths,
    ICatalogAvailability availability,
    ILogger<BatchRunner> logger) : BackgroundService
{
    private const int ChunkSize = 256;

    private readonly Channel<string> wake = Channel.CreateUnbounded<string>();

    /// <summary>Asks for the batch to be worked on (again).</summary>
    public void Notify(string batchId) => wake.Writer.TryWrite(batchId);

    /// <summary>Loads the ingest settings first: a file that cannot be used stops the start, naming the field at fault.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _ = sources.Config;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        ClearTemporaryFiles();
        try
        {
            foreach (var id in await ledger.ListUnfinishedBatchIdsAsync(stoppingToken))
            {
                logger.LogInformation("Resuming batch {BatchId}", id);
                Notify(id);
            }

            await foreach (var batchId in wake.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await RunAsync(batchId, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException && availability.IsOutage(ex))
                {
                    // Each file's ledger row and document are written in one transaction: the pending ones are staged then.
                    logger.LogWarning("Batch {BatchId} paused: the catalog cannot be reached ({Reason}); it resumes once the catalog is back", batchId, ex.Message);
                    await availability.WaitAsync(stoppingToken);
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                    logger.LogInformation("Resuming batch {BatchId}", batchId);
                    Notify(batchId);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A system error (disk full, catalog locked): the files stay pending and resume at the next start or re-run.
                    logger.LogError(ex, "Batch {BatchId} stopped; its pending files resume at the next start", batchId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the ledger holds where each batch stands.
        }
    }

    private async Task RunAsync(string batchId, CancellationToken cancellationToken)
    {
        var batch = await ledger.FindBatchAsync(batchId, cancellationToken);
        if (batch is null)
        {
            return;
        }

        var source = sources.Config.Find(batch.Source);
        if (source is null && batch.Source == InboxWatcher.SourceName)
        {
            source = new IngestSource { Name = InboxWatcher.SourceName };
        }
        else if (source is null)
        {
            logger.LogWarning("Batch {BatchId}: source {Source} is no longer configured; its files are read with no patterns or defaults", batchId, batch.Source);
            source = new IngestSource { Name = batch.Source };
        }

        var patterns = new SourcePatterns(source);
        if (!batch.Listed)
        {
            var listed = BatchLister.List(batch.InputPath, source, patterns);
            await ledger.ListFilesAsync(batchId, listed, cancellationToken);
            logger.LogInformation("Batch {BatchId}: {Count} file(s) listed in {Input}", batchId, listed.Count, batch.InputPath);
        }

        using var opener = new BatchFileOpener(paths.WorkDirectory);
        var context = new BatchContext(batch, source, patterns, sources.Config.Zip, opener);
        while (await ledger.PendingFilesAsync(batchId, ChunkSize, cancellationToken) is { Count: > 0 } pending)
        {
            foreach (var file in pending)
            {
                await stager.StageAsync(file, context, cancellationToken);
            }

            await stager.RecordAcceptedAsync(context, cancellationToken);
        }

        logger.LogInformation("Batch {BatchId}: every file staged", batchId);
    }

    private void ClearTemporaryFiles()
    {
        var folder = TemporaryFiles.Folder(paths.WorkDirectory);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                TemporaryFiles.Delete(file);
            }
        }
    }
}
