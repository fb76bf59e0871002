using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Core.Search;

/// <summary>A search: query text in the product's query language, filters, sort and a 1-based page of results.</summary>
public sealed record SearchQuery
{
    public string Text { get; init; } = string.Empty;

    public string? Ccg { get; init; }

    public string? Icb { get; init; }

    public string? DocumentType { get; init; }

    public string? Body { get; init; }

    /// <summary>Only documents that record a decision with this outcome (one of <see cref="Decisions.DecisionOutcomes"/>), on whichever page.</summary>
    public string? Outcome { get; init; }

    /// <summary>Only records of this sensitivity (<c>public</c> or <c>restricted</c>); within the caller's scope, never beyond it.</summary>
    public string? Sensitivity { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Whether text typed as a question in words is searched for its content words only (<see cref="QuestionWords"/>); false searches every word.</summary>
    public bool ReadQuestion { get; init; } = true;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>Which records the caller may see; restricted ones are left out of hits, totals and facets unless <see cref="RecordScope.All"/>.</summary>
    public RecordScope Scope { get; init; } = RecordScope.PublicOnly;
}
