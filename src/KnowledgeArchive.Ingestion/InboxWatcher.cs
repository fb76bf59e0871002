using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Ingestion.Batches;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Ingestion;

/// <summary>
/// Watches the inbox folder (and its subfolders) by polling. A file is taken only once its size and time stamp
/// have stayed the same for the settle time and it can be opened exclusively; it is deleted from the inbox once
/// its bytes are safely stored, never before. A zip (by content, so not a .docx) becomes a bulk ingest batch. Each
/// file taken is recorded in the audit log, when the host keeps one, with the actor <c>inbox</c>.
/// </summary>
public sealed class InboxWatcher(
    ArchivePaths paths,
    DocumentIntake intake,
    IFormatDetector detector,
    IngestBatches batches,
    IOptions<ArchiveOptions> options,
    TimeProvider clock,
    ILogger<InboxWatcher> logger,
    IAuditLog? audit = null) : BackgroundService
{
    public const string SourceName = "inbox";

    /// <summary>The audit log's action for a file taken from the inbox; its actor is <see cref="SourceName"/>.</summary>
    public const string DropAction = "inbox.drop";

    private readonly Dictionary<string, Observation> seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(paths.InboxDirectory);
        logger.LogInformation("Watching inbox {Inbox}", paths.InboxDirectory);
        using var timer = new PeriodicTimer(options.Value.InboxPollInterval, clock);
        try
        {
            do
            {
                await ScanAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task ScanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in EnumerateFiles())
        {
            present.Add(file.FullName);
            var observation = new Observation(file.Length, file.LastWriteTimeUtc, now);
            if (!seen.TryGetValue(file.FullName, out var previous) || !previous.SameFile(observation))
            {
                seen[file.FullName] = observation;
                continue;
            }

            if (now - previous.Since >= options.Value.InboxSettleTime)
            {
                await TakeAsync(file, cancellationToken);
            }
        }

        foreach (var gone in seen.Keys.Where(k => !present.Contains(k)).ToList())
        {
            seen.Remove(gone);
        }
    }

    private IEnumerable<FileInfo> EnumerateFiles()
    {
        var inbox = new DirectoryInfo(paths.InboxDirectory);
        if (!inbox.Exists)
        {
            return [];
        }

        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return inbox.EnumerateFiles("*", enumeration).Where(f => !IsTemporary(f.Name));
    }

    private static bool IsTemporary(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal)
        || name.StartsWith('.')
        || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    private async Task TakeAsync(FileInfo file, CancellationToken cancellationToken)
    {
        var relative = Path.GetRelativePath(paths.InboxDirectory, file.FullName).Replace('\\', '/');
        try
        {
            if (detector.Detect(file.FullName) == FileFormat.Zip)
            {
                await TakeZipAsync(file, relative, cancellationToken);
                return;
            }

            await using (var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.None, 81920, useAsync: true))
            {
                var outcome = await intake.AcceptAsync(stream, file.Name, new Provenance(SourceName, relative), cancellationToken);
                logger.LogInformation("Inbox file {File}: {Status} {DocumentId}", relative, outcome.Status, outcome.DocumentId);
                await RecordAsync(outcome.DocumentId, $"{relative}: {outcome.Status.ToString().ToLowerInvariant()}", cancellationToken);
            }

            file.Delete();
            seen.Remove(file.FullName);
        }
        catch (IOException ex)
        {
            // Still being written or locked by another program: try again on a later scan.
            logger.LogDebug(ex, "Inbox file {File} is not ready yet", relative);
        }
        catch (UnauthorizedAccessException ex)
        {
            logger.LogWarning(ex, "Inbox file {File} cannot be read or removed; check its permissions", relative);
        }
    }

    // Copied out of the inbox before the batch is recorded, and removed from it only after: a crash in between
    // leaves the zip in the inbox, to be taken again, never a batch without its input.
    private async Task TakeZipAsync(FileInfo file, string relative, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(paths.UploadsDirectory, clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var kept = Path.Combine(folder, file.Name);
        await using (var input = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.None, 81920, useAsync: true))
        await using (var output = new FileStream(kept, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await input.CopyToAsync(output, cancellationToken);
            output.Flush(flushToDisk: true);
        }

        var batch = await batches.StartFromInboxAsync(kept, cancellationToken);
        await RecordAsync(batch.BatchId, $"{relative}: batch", cancellationToken);
        file.Delete();
        seen.Remove(file.FullName);
        logger.LogInformation("Inbox zip {File}: batch {BatchId}", relative, batch.BatchId);
    }

    // Recorded before the file leaves the inbox: a failure to record leaves it there, to be taken (and recorded) again.
    private Task RecordAsync(string? target, string detail, CancellationToken cancellationToken) =>
        audit?.AppendAsync(new AuditEvent(SourceName, null, DropAction, target, detail), cancellationToken) ?? Task.CompletedTask;

    private sealed record Observation(long Length, DateTime LastWrite, DateTimeOffset Since)
    {
        public bool SameFile(Observation other) => Length == other.Length && LastWrite == other.LastWrite;
    }
}
