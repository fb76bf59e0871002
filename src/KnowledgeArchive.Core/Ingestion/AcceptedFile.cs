using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Ingestion;

/// <summary>A batch file stored by its SHA-256, to be recorded in the ledger with the document its bytes make.</summary>
/// <param name="Ordinal">The file's place in its batch.</param>
/// <param name="Document">The document its bytes make (pending), or whose duplicate it is.</param>
public sealed record AcceptedFile(long Ordinal, DocumentRecord Document);
