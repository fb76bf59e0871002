using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Extraction.Isolation;

namespace KnowledgeArchive.Worker.Jobs;

/// <summary>
/// What a worker read of a document: the extraction (as the extraction process reports it, or why it failed), what
/// enrichment read, the title, and the files attached to it (stored in the shared store under their SHA-256).
/// </summary>
/// <param name="Version">The extraction and enrichment rules it was read by.</param>
/// <param name="Extraction">The extraction, its attachments left out (they are <paramref name="Attachments"/>).</param>
/// <param name="Enrichment">What enrichment read; null when the document could not be read.</param>
/// <param name="Title">The title chosen; null when the document could not be read.</param>
/// <param name="OwnMilliseconds">The time the worker spent reading it.</param>
/// <param name="Attachments">An email's attached files, in order.</param>
public sealed record JobResult(
    string Version,
    ExtractReply Extraction,
    EnrichmentResult? Enrichment,
    string? Title,
    long OwnMilliseconds,
    IReadOnlyList<SharedAttachment> Attachments);
