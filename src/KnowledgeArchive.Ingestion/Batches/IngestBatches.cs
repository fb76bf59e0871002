using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Ingestion.Sources;

namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>Starting a batch and re-running its failures: what the API and the CLI ask for.</summary>
public sealed class IngestBatches(
    IIngestLedger ledger,
    IngestSources sources,
    BatchRunner runner,
    IngestBacklog backlog,
    IFormatDetector detector,
    TimeProvider clock)
{
    /// <summary>Checks the request and records the batch; the runner then works through it. Throws <see cref="BatchRequestException"/> with what to fix.</summary>
    public async Task<IngestBatch> StartAsync(string? path, string? sourceName, CancellationToken cancellationToken)
    {
        var known = string.Join(", ", sources.Config.Sources.Select(s => s.Name));
        if (string.IsNullOrWhiteSpace(sourceName))
        {
            throw new BatchRequestException($"Name the source the files come from ('source'): one of {known}.");
        }

        var source = sources.Config.Find(sourceName.Trim())
            ?? throw new BatchRequestException($"No ingest source is named '{sourceName.Trim()}': the configured sources are {known}.");
        var input = string.IsNullOrWhiteSpace(path) ? source.Path : path.Trim();
        if (string.IsNullOrWhiteSpace(input))
        {
            throw new BatchRequestException($"Give the folder or .zip to ingest ('path'): the source '{source.Name}' has no path of its own.");
        }

        if (!Path.IsPathFullyQualified(input))
        {
            throw new BatchRequestException($"The path '{input}' must be absolute: the service reads it on its own machine.");
        }

        var full = Path.GetFullPath(input);
        if (File.Exists(full))
        {
            var format = detector.Detect(full);
            if (format != FileFormat.Zip)
            {
                throw new BatchRequestException($"{full} is a {format.Description}, not a folder or a zip: add single files with POST /api/documents or 'ka upload'.");
            }
        }
        else if (!Directory.Exists(full))
        {
            throw new BatchRequestException($"There is no folder or zip at {full} (the path is read by the service, on its own machine).");
        }

        var batchId = await ledger.CreateBatchAsync(source.Name, full, clock.GetUtcNow(), cancellationToken);
        runner.Notify(batchId);
        return (await ledger.FindBatchAsync(batchId, cancellationToken))!;
    }

    /// <summary>
    /// Starts a batch of a zip taken from the inbox, with the <c>inbox</c> source's patterns and defaults when the
    /// settings declare one, and none otherwise.
    /// </summary>
    public async Task<IngestBatch> StartFromInboxAsync(string zipPath, CancellationToken cancellationToken)
    {
        var batchId = await ledger.CreateBatchAsync(InboxWatcher.SourceName, Path.GetFullPath(zipPath), clock.GetUtcNow(), cancellationToken);
        runner.Notify(batchId);
        return (await ledger.FindBatchAsync(batchId, cancellationToken))!;
    }

    /// <summary>Puts the batch's quarantined files back to pending (documents are extracted again from their stored originals); null when there is no such batch.</summary>
    public async Task<IngestBatch?> RerunFailuresAsync(string batchId, CancellationToken cancellationToken)
    {
        if (await ledger.FindBatchAsync(batchId, cancellationToken) is null)
        {
            return null;
        }

        foreach (var documentId in await ledger.ResetFailuresAsync(batchId, cancellationToken))
        {
            await backlog.EnqueueAsync(documentId, cancellationToken);
        }

        runner.Notify(batchId);
        return await ledger.FindBatchAsync(batchId, cancellationToken);
    }
}
