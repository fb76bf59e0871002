using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion.Batches;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Ingestion.Attachments;

/// <summary>
/// Ingests the files attached to a document (an email) as documents of their own, linked to it: each is stored and
/// queued like any file (a restricted email's attachments restricted too), a zip becomes a batch of its own, and the
/// links are recorded so the API and the pages show an email's attachments and an attachment's email. Attachments
/// of attachments are followed to <see cref="MaxDepth"/> levels; an email deeper than that is refused.
/// </summary>
public sealed class AttachmentIntake(
    DocumentIntake intake,
    IDocumentCatalog catalog,
    IngestBatches batches,
    IFormatDetector detector,
    ArchivePaths paths,
    TimeProvider clock,
    ILogger<AttachmentIntake> logger)
{
    /// <summary>How many emails deep attachments are followed (an email attached to an email attached to …).</summary>
    public const int MaxDepth = 5;

    /// <summary>Why a document's attachments are not taken (it is attached <see cref="MaxDepth"/> deep already), or null.</summary>
    public async Task<QuarantineReason?> RefusalAsync(DocumentRecord parent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var depth = 0;
        var current = parent.DocumentId;
        var seen = new HashSet<string>(StringComparer.Ordinal) { current };
        while (depth <= MaxDepth)
        {
            var up = await catalog.GetAttachedToAsync(current, RecordScope.All, cancellationToken);
            if (up.Count == 0 || !seen.Add(up[0].DocumentId))
            {
                break;
            }

            current = up[0].DocumentId;
            depth++;
        }

        return depth >= MaxDepth
            ? new QuarantineReason(QuarantineCodes.ZipTooDeep, $"an email attached {depth} deep, past the limit of {MaxDepth}: its own attachments are not read")
            : null;
    }

    public async Task IngestAsync(DocumentRecord parent, IReadOnlyList<ExtractedAttachment> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(attachments);
        var links = new List<DocumentAttachment>(attachments.Count);
        for (var i = 0; i < attachments.Count; i++)
        {
            var attachment = attachments[i];
            links.Add(detector.Detect(attachment.Path) == FileFormat.Zip
                ? new DocumentAttachment(i + 1, attachment.FileName, null, await StartBatchAsync(attachment, cancellationToken))
                : new DocumentAttachment(i + 1, attachment.FileName, await AcceptAsync(parent, attachment, cancellationToken), null));
        }

        await catalog.SaveAttachmentsAsync(parent.DocumentId, links, cancellationToken);
        if (links.Count > 0)
        {
            logger.LogInformation("{DocumentId} {FileName}: {Count} attachment(s) taken in", parent.DocumentId, parent.FileName, links.Count);
        }
    }

    private async Task<string> AcceptAsync(DocumentRecord parent, ExtractedAttachment attachment, CancellationToken cancellationToken)
    {
        var provenance = new Provenance(parent.Provenance.Source, parent.Provenance.OriginalPath ?? parent.FileName)
        {
            BatchId = parent.Provenance.BatchId,
            EntryPath = string.Join("!/", new[] { parent.Provenance.EntryPath, attachment.FileName }.Where(p => !string.IsNullOrEmpty(p))),
            ArchiveSha256 = parent.Sha256,
        };

        // What the email's sender or its folder made restricted, its attachments are too.
        var defaults = new DocumentMetadata { Sensitivity = parent.Metadata.Sensitivity, SensitivityBasis = parent.Metadata.Sensitivity == Sensitivities.Public ? null : $"attached to {parent.FileName}" };
        await using var content = new FileStream(attachment.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var outcome = await intake.AcceptAsync(content, attachment.FileName, provenance, defaults, cancellationToken);
        return outcome.DocumentId!;
    }

    // A zip is a batch, as it is in the inbox: kept among the uploads, then listed and expanded with the zip limits.
    private async Task<string> StartBatchAsync(ExtractedAttachment attachment, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(paths.UploadsDirectory, clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var kept = Path.Combine(folder, attachment.FileName);
        File.Copy(attachment.Path, kept);
        var batch = await batches.StartFromInboxAsync(kept, cancellationToken);
        return batch.BatchId;
    }
}
