using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Storage;

/// <summary>One page of catalog records and the total that matched.</summary>
public sealed record DocumentList(int Total, IReadOnlyList<DocumentRecord> Items);
