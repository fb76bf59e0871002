using System.IO.Compression;
using System.Security.Cryptography;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion.Sensitivity;
using KnowledgeArchive.Ingestion.Timing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>
/// Takes one pending file of a batch to its ledger outcome: a zip is expanded into entries, a file the source leaves
/// out is skipped, anything else is stored by its SHA-256 and recorded as a new document (queued for extraction) or
/// as a duplicate. A format the archive does not read is taken as the inbox and uploads take it: as a document that
/// extraction quarantines as unsupported, kept for when an extractor for it arrives. A file that cannot be copied is
/// quarantined with why.
/// </summary>
public sealed class FileStager(
    IFormatDetector detector,
    IOriginalStore originals,
    IIngestLedger ledger,
    IngestBacklog backlog,
    IOptions<ArchiveOptions> options,
    ArchivePaths paths,
    TimeProvider clock,
    IngestTimings timings,
    RestrictedNames restrictedNames,
    ILogger<FileStager> logger)
{
    // Below this much free space in the data directory, a failure to read is taken for a full disk (a system
    // error: the file stays pending and the batch stops) rather than a fault of the file.
    private const long LowDiskBytes = 64L * 1024 * 1024;

    public async Task StageAsync(IngestFile file, BatchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Accepted.Due)
        {
            // Files stored a while ago are not kept from extraction by a slow one (a large copy, a zip listed).
            await RecordAcceptedAsync(context, cancellationToken);
        }

        LocalCopy copy;
        try
        {
            // Checked again here, not only when the zip was listed: a file put back to pending (a re-run) must
            // not get past the refusals by the way it came.
            if (file.Location.IsZipEntry
                && ZipExpander.Refusal(await context.Opener.EntryAsync(file.Location, cancellationToken), context.Limits, context.Patterns, options.Value.MaxFileBytes) is { } refusal)
            {
                await SetAsync(file, context, refusal, null, cancellationToken);
                return;
            }

            using var copying = timings.Measure(IngestStage.Staging);
            copy = await context.Opener.CopyAsync(file.Location, cancellationToken);
        }
        catch (Exception ex) when (!DiskFull() && Unreadable(ex) is { } reason)
        {
            await QuarantineAsync(file, context, reason, cancellationToken);
            return;
        }

        using (copy)
        {
            FileFormat format;
            try
            {
                using var detecting = timings.Measure(IngestStage.Staging);
                format = detector.Detect(copy.Path);
            }
            catch (Exception ex) when (Unreadable(ex) is { } reason)
            {
                await QuarantineAsync(file, context, reason, cancellationToken);
                return;
            }

            if (format == FileFormat.Zip)
            {
                await ExpandAsync(file, context, copy.Path, cancellationToken);
            }
            else if (context.Patterns.NotIncluded(file.EntryPath ?? file.Path) is { } notIncluded)
            {
                await SetAsync(file, context, notIncluded, new FileInfo(copy.Path).Length, cancellationToken);
            }
            else
            {
                await AcceptAsync(file, context, copy.Path, cancellationToken);
            }
        }
    }

    private async Task AcceptAsync(IngestFile file, BatchContext context, string path, CancellationToken cancellationToken)
    {
        StoredOriginal stored;
        using (timings.Measure(IngestStage.Staging))
        await using (var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
        {
            stored = await originals.SaveAsync(content, cancellationToken);
        }

        var chain = file.Location.EntryChain;
        var fileName = System.IO.Path.GetFileName((file.EntryPath ?? file.Location.DiskPath).Replace('\\', '/'));
        var provenance = new Provenance(context.Source.Name, string.Join("!/", chain.Take(Math.Max(chain.Count - 1, 0)).Prepend(file.Location.DiskPath)))
        {
            BatchId = context.Batch.BatchId,
            EntryPath = file.EntryPath,
            ArchiveSha256 = file.ArchiveSha256,
        };
        var record = new DocumentRecord
        {
            DocumentId = DocumentIds.FromSha256(stored.Sha256),
            Sha256 = stored.Sha256,
            FileName = fileName.Length > 0 ? fileName : file.Path,
            Format = FileFormat.Unknown,
            SizeBytes = stored.SizeBytes,
            IngestedAt = clock.GetUtcNow(),
            Status = DocumentStatus.Pending,
            Title = System.IO.Path.GetFileNameWithoutExtension(fileName),
            Metadata = restrictedNames.Apply(context.Source.Defaults.ToMetadata(), fileName, file.Path),
            Provenance = provenance,
        };

        context.Accepted.Add(new AcceptedFile(file.Ordinal, record));
        if (context.Accepted.Due)
        {
            await RecordAcceptedAsync(context, cancellationToken);
        }
    }

    /// <summary>
    /// Records the files stored since the last call in the ledger, in one transaction, and queues the new documents.
    /// Call it before the ledger is asked which files are still pending.
    /// </summary>
    public async Task RecordAcceptedAsync(BatchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Accepted.Count == 0)
        {
            return;
        }

        var files = context.Accepted.Take();
        IReadOnlyList<IngestOutcome> outcomes;
        using (timings.Measure(IngestStage.Ledger))
        {
            outcomes = await ledger.AcceptAllAsync(context.Batch.BatchId, files, cancellationToken);
        }

        foreach (var outcome in outcomes.Where(o => o.Status == IngestStatus.Pending))
        {
            await backlog.EnqueueAsync(outcome.DocumentId!, cancellationToken);
        }
    }

    private async Task ExpandAsync(IngestFile file, BatchContext context, string path, CancellationToken cancellationToken)
    {
        var (sha256, size) = await HashAsync(path, cancellationToken);
        ZipListing listing;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            listing = ZipExpander.List(zip, file, sha256, context.Limits, context.Patterns, options.Value.MaxFileBytes);
        }
        catch (InvalidDataException ex)
        {
            listing = ZipListing.Refuse(QuarantineReason.Corrupt($"the zip cannot be read: {ex.Message}"));
        }

        if (listing.Refused is { } refused)
        {
            await ledger.SetVerdictAsync(context.Batch.BatchId, file.Ordinal, IngestFileVerdict.Quarantined(refused), sha256, size, cancellationToken);
            logger.LogWarning("Batch {BatchId}: zip {Path} refused: {Reason}", context.Batch.BatchId, file.Path, refused);
            return;
        }

        await ledger.ExpandAsync(context.Batch.BatchId, file.Ordinal, sha256, size, listing.Entries, cancellationToken);
    }

    private Task QuarantineAsync(IngestFile file, BatchContext context, QuarantineReason reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("Batch {BatchId}: {Path} quarantined: {Reason}", context.Batch.BatchId, file.Path, reason);
        return SetAsync(file, context, IngestFileVerdict.Quarantined(reason), null, cancellationToken);
    }

    private async Task SetAsync(IngestFile file, BatchContext context, IngestFileVerdict verdict, long? size, CancellationToken cancellationToken)
    {
        using var timing = timings.Measure(IngestStage.Ledger);
        await ledger.SetVerdictAsync(context.Batch.BatchId, file.Ordinal, verdict, null, size, cancellationToken);
    }

    private static QuarantineReason? Unreadable(Exception ex) => ex switch
    {
        EntryOverrunException => new QuarantineReason(QuarantineCodes.ZipBomb, ex.Message),
        EncryptedEntryException => QuarantineReason.Encrypted(ex.Message),
        FileNotFoundException or DirectoryNotFoundException => new QuarantineReason(QuarantineCodes.Unreadable, ex.Message),
        InvalidDataException => QuarantineReason.Corrupt($"the zip entry cannot be read: {ex.Message}"),
        IOException or UnauthorizedAccessException => new QuarantineReason(QuarantineCodes.Unreadable, $"the file cannot be read: {ex.Message}"),
        _ => null,
    };

    private bool DiskFull()
    {
        try
        {
            return new DriveInfo(paths.DataDirectory).AvailableFreeSpace < LowDiskBytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    private static async Task<(string Sha256, long Size)> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return (Convert.ToHexStringLower(hash), stream.Length);
    }
}
