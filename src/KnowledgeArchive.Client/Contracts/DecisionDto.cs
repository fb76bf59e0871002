namespace KnowledgeArchive.Client.Contracts;

/// <summary>A decision recorded in minutes (API contract <c>Decision</c>).</summary>
public sealed record DecisionDto
{
    public required string DecisionId { get; init; }

    /// <summary>Item reference exactly as printed (<c>GB19/023</c>), or null when the item has none.</summary>
    public string? Reference { get; init; }

    /// <summary>The reference in canonical form (<c>GB/19/23</c>), for matching citations; null without a reference.</summary>
    public string? CanonicalReference { get; init; }

    public required string DocumentId { get; init; }

    public int PageNumber { get; init; }

    public DateOnly? Date { get; init; }

    public string? Body { get; init; }

    public string? Ccg { get; init; }

    /// <summary><c>approved</c>, <c>ratified</c>, <c>adopted</c>, <c>noted</c>, <c>deferred</c> or <c>rejected</c>.</summary>
    public required string Outcome { get; init; }

    public string? Subject { get; init; }

    public required string Text { get; init; }

    /// <summary>False for a decision known only because a document cites it; <see cref="DocumentId"/> is then the citing document.</summary>
    public bool InArchive { get; init; } = true;
}
