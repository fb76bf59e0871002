using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Ingestion;

/// <summary>A file's end state decided before (or instead of) storing it: skipped or quarantined, with the reason.</summary>
public sealed record IngestFileVerdict(IngestFileState State, QuarantineReason Reason)
{
    public static IngestFileVerdict Skipped(string code, string message) => new(IngestFileState.Skipped, new QuarantineReason(code, message));

    public static IngestFileVerdict Quarantined(QuarantineReason reason) => new(IngestFileState.Quarantined, reason);
}
