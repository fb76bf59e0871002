using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Storage;

/// <summary>A catalog listing: optional filters and a 1-based page.</summary>
public sealed record DocumentQuery(
    string? FileName = null,
    string? Sha256 = null,
    DocumentStatus? Status = null,
    int Page = 1,
    int PageSize = 50);
