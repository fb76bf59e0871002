using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Core.Storage;

/// <summary>A search over decisions: words in the subject or sentence (all must appear), and filters.</summary>
public sealed record DecisionQuery
{
    public string? Text { get; init; }

    public string? Ccg { get; init; }

    public string? Icb { get; init; }

    public string? Body { get; init; }

    public string? Outcome { get; init; }

    public string? Reference { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>Which records the caller may see: decisions of restricted documents are left out unless <see cref="RecordScope.All"/>.</summary>
    public RecordScope Scope { get; init; } = RecordScope.PublicOnly;
}
