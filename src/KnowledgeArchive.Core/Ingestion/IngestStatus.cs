namespace KnowledgeArchive.Core.Ingestion;

/// <summary>What happened to one input file. Every file ends in exactly one of these.</summary>
public enum IngestStatus
{
    /// <summary>Accepted and waiting for extraction.</summary>
    Pending,

    /// <summary>Extracted and searchable.</summary>
    Indexed,

    /// <summary>Same bytes as a document already in the archive.</summary>
    Duplicate,

    /// <summary>Kept, but not searchable: the reason says why.</summary>
    Quarantined,

    /// <summary>Not a document the archive takes (for example a format it does not read).</summary>
    Skipped,
}
