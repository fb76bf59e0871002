namespace KnowledgeArchive.Ingestion.Timing;

/// <summary>The stages a file goes through, in order, as timed by <see cref="IngestTimings"/>.</summary>
public enum IngestStage
{
    /// <summary>Copying a file out of its folder or zip, detecting its format, hashing and storing the original.</summary>
    Staging,

    /// <summary>Recording each file's outcome in the ingest ledger (and a new document in the catalog).</summary>
    Ledger,

    /// <summary>Extraction in a worker process, waiting for a free worker included.</summary>
    Extraction,

    /// <summary>Metadata, decisions, citations and the title read from the extracted text.</summary>
    Enrichment,

    /// <summary>Adding the document to the Lucene writer.</summary>
    IndexAdd,

    /// <summary>Committing the Lucene index and refreshing its searchers.</summary>
    IndexCommit,

    /// <summary>Writing the indexed or quarantined record, its pages and enrichment to the catalog.</summary>
    CatalogWrite,
}
