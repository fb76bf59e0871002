using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Ingestion;

/// <summary>
/// What people do to a quarantined document: read it again from the stored original (with a password or OCR for
/// that one extraction), set its sensitivity, or record that it was reviewed and left unread.
/// </summary>
public sealed class QuarantinedDocuments(
    IDocumentCatalog catalog,
    IQuarantineReviews reviews,
    OneOffExtractions oneOffs,
    IngestBacklog queue,
    TimeProvider clock,
    ILogger<QuarantinedDocuments> logger)
{
    /// <summary>
    /// Puts the document back to pending and queues it; <paramref name="oneOff"/> goes to its next extraction only.
    /// An earlier review is forgotten: the new outcome needs accounting for afresh.
    /// </summary>
    public async Task<DocumentRecord> ReadAgainAsync(DocumentRecord record, OneOffExtraction? oneOff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var pending = record with { Status = DocumentStatus.Pending, QuarantineReason = null };
        await catalog.SaveAsync(pending, [], null, cancellationToken);
        await reviews.ClearAsync(record.DocumentId, cancellationToken);
        if (oneOff is not null)
        {
            oneOffs.Put(record.DocumentId, oneOff);
        }

        await queue.EnqueueAsync(record.DocumentId, cancellationToken);
        logger.LogInformation("{DocumentId} queued to be read again ({Request})", record.DocumentId, oneOff?.ToString() ?? "as before");
        return pending;
    }

    /// <summary>Makes the document public or restricted; a restriction keeps <paramref name="reason"/> as its basis.</summary>
    public async Task<DocumentRecord> SetSensitivityAsync(DocumentRecord record, string sensitivity, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var basis = sensitivity == Sensitivities.Restricted ? "restricted by hand: " + reason : null;
        var changed = record with { Metadata = record.Metadata with { Sensitivity = sensitivity, SensitivityBasis = basis } };
        await catalog.SaveAsync(changed, [], null, cancellationToken);
        return changed;
    }

    /// <summary>Records that <paramref name="reviewedBy"/> looked at the document and left it unread, and why.</summary>
    public async Task<QuarantineReview> ReviewAsync(DocumentRecord record, string reviewedBy, string? reviewerKeyId, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var review = new QuarantineReview(record.DocumentId, reviewedBy, reviewerKeyId, clock.GetUtcNow(), note);
        await reviews.SaveAsync(review, cancellationToken);
        return review;
    }
}
