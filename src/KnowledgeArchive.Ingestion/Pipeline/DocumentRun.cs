using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>One document going through the pipeline: what it is, and what each step has read of it so far.</summary>
public sealed class DocumentRun(string path, string documentId, string fileName, DocumentMetadata defaults)
{
    public string Path { get; } = path;

    public string DocumentId { get; } = documentId;

    public string FileName { get; } = fileName;

    public DocumentMetadata Defaults { get; } = defaults;

    /// <summary>Where a container (an email) writes its attachments, to be taken in once it is committed; null leaves them unwritten.</summary>
    public string? AttachmentsDirectory { get; init; }

    /// <summary>What a user asked of this one extraction (a password, OCR of every page); null for an ordinary run.</summary>
    public OneOffExtraction? OneOff { get; init; }

    /// <summary>Told when the document's scanned pages wait for OCR (they are read in a lane of their own), and when OCR is done.</summary>
    public OcrWaitListeners OcrWait { get; } = new();

    public FileFormat Format { get; set; } = FileFormat.Unknown;

    public string? ExtractorVersion { get; set; }

    /// <summary>
    /// The extraction and enrichment rules the run was read by, when another process read it (a worker of another
    /// build may differ from the service's); null when read here, by the service's own rules.
    /// </summary>
    public string? Version { get; set; }

    public ExtractedDocument? Document { get; set; }

    public EnrichmentResult? Enrichment { get; set; }

    public string? Title { get; set; }

    /// <summary>Why the document cannot be read: a step that sets it stops the run, and the document is quarantined.</summary>
    public QuarantineReason? Failure { get; set; }

    /// <summary>Time spent in the run's own work (not waiting for a worker), for the slowest-documents report.</summary>
    public TimeSpan OwnTime { get; set; }
}
