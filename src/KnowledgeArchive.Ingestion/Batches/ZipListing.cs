using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;

namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>What expanding a zip gives: its entries as batch files, or the reason the zip itself is refused.</summary>
public sealed record ZipListing(IReadOnlyList<NewIngestFile> Entries, QuarantineReason? Refused)
{
    public static ZipListing Refuse(QuarantineReason reason) => new([], reason);
}
