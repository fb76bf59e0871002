using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion.Sensitivity;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Ingestion;

/// <summary>
/// The one way in for a file, from the inbox or an upload: store the bytes under their SHA-256, record the document
/// as pending, and queue it for extraction. The same bytes a second time are reported as a duplicate of the first.
/// </summary>
public sealed class DocumentIntake(
    IOriginalStore originals,
    IDocumentCatalog catalog,
    IngestBacklog queue,
    TimeProvider clock,
    RestrictedNames restrictedNames,
    ILogger<DocumentIntake> logger)
{
    public Task<IngestOutcome> AcceptAsync(Stream content, string fileName, Provenance provenance, CancellationToken cancellationToken) =>
        AcceptAsync(content, fileName, provenance, new DocumentMetadata(), cancellationToken);

    /// <summary>Accepts a file with what is known of it beforehand (<paramref name="defaults"/>: a sensitivity given on upload), which extraction starts from.</summary>
    public async Task<IngestOutcome> AcceptAsync(Stream content, string fileName, Provenance provenance, DocumentMetadata defaults, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(provenance);

        var stored = await originals.SaveAsync(content, cancellationToken);
        var documentId = DocumentIds.FromSha256(stored.Sha256);
        var record = new DocumentRecord
        {
            DocumentId = documentId,
            Sha256 = stored.Sha256,
            FileName = fileName,
            Format = FileFormat.Unknown,
            SizeBytes = stored.SizeBytes,
            IngestedAt = clock.GetUtcNow(),
            Status = DocumentStatus.Pending,
            Title = Path.GetFileNameWithoutExtension(fileName),
            Provenance = provenance,
            Metadata = restrictedNames.Apply(defaults, fileName, provenance.OriginalPath),
        };

        if (!await catalog.TryAddAsync(record, cancellationToken))
        {
            logger.LogInformation("{FileName} is a duplicate of {DocumentId}", fileName, documentId);
            return new IngestOutcome(IngestStatus.Duplicate, documentId);
        }

        await queue.EnqueueAsync(documentId, cancellationToken);
        logger.LogInformation("{FileName} accepted as {DocumentId} ({Size} bytes)", fileName, documentId, stored.SizeBytes);
        return new IngestOutcome(IngestStatus.Pending, documentId);
    }
}
