namespace KnowledgeArchive.Core.Ingestion;

/// <summary>A bulk ingest of a folder or zip from a configured source.</summary>
public sealed record IngestBatch
{
    public required string BatchId { get; init; }

    public required string Source { get; init; }

    /// <summary>The folder or zip given, as an absolute path.</summary>
    public required string InputPath { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>True once every file of the input has been listed in the ledger.</summary>
    public bool Listed { get; init; }

    public IngestCounts Counts { get; init; } = new(0, 0, 0, 0, 0);

    /// <summary><c>running</c> (files still being listed, read or extracted) or <c>completed</c> (every file has its outcome).</summary>
    public string State => Listed && Counts.Pending == 0 ? IngestBatchStates.Completed : IngestBatchStates.Running;
}
