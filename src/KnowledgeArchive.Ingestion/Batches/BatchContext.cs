using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Ingestion.Sources;

namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>
/// What staging the files of one batch needs: the batch, its source's rules, the opened zips and the files stored
/// but not yet recorded in the ledger.
/// </summary>
public sealed record BatchContext(IngestBatch Batch, IngestSource Source, SourcePatterns Patterns, ZipLimits Limits, BatchFileOpener Opener)
{
    public AcceptedFiles Accepted { get; } = new();
}
