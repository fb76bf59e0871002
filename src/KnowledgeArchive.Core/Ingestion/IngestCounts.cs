namespace KnowledgeArchive.Core.Ingestion;

/// <summary>Outcomes of a batch's files; <see cref="Total"/> always equals the sum of the others.</summary>
public sealed record IngestCounts(int Indexed, int Duplicate, int Quarantined, int Skipped, int Pending)
{
    public int Total => Indexed + Duplicate + Quarantined + Skipped + Pending;

    /// <summary>Files with an outcome; the rest are pending.</summary>
    public int Done => Total - Pending;
}
