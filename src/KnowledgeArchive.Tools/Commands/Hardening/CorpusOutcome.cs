using KnowledgeArchive.Core.Ingestion;

namespace KnowledgeArchive.Tools.Commands.Hardening;

/// <summary>One corpus pushed through the pipeline: the files found on disk and the ledger's files for its batch.</summary>
internal sealed record CorpusOutcome(string Folder, int FilesOnDisk, IReadOnlyList<IngestFile> Files)
{
    /// <summary>Ledger files that stand for a file on disk (not an entry inside a zip).</summary>
    public IEnumerable<IngestFile> TopLevel => Files.Where(f => f.ParentOrdinal is null);
}
