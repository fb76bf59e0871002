namespace KnowledgeArchive.Core.Ingestion;

/// <summary>Where one file of a batch stands in the ledger. Only <see cref="Pending"/> files still need work.</summary>
public enum IngestFileState
{
    /// <summary>Listed, not yet read.</summary>
    Pending,

    /// <summary>Stored and recorded as a new document; the document's own status is the outcome.</summary>
    Accepted,

    /// <summary>Same bytes as a document already held.</summary>
    Duplicate,

    /// <summary>Could not be taken in (unsafe name, zip bomb, unreadable); the reason says why.</summary>
    Quarantined,

    /// <summary>Not taken: a format the archive does not read, or left out by the source's patterns.</summary>
    Skipped,

    /// <summary>A zip whose entries were listed as files of their own.</summary>
    Expanded,
}
