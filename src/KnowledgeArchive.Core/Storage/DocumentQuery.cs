using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Core.Storage;

/// <summary>A catalog listing: optional filters, a 1-based page, and which records the caller may see.</summary>
public sealed record DocumentQuery(
    string? FileName = null,
    string? Sha256 = null,
    DocumentStatus? Status = null,
    int Page = 1,
    int PageSize = 50,
    RecordScope Scope = RecordScope.PublicOnly);
