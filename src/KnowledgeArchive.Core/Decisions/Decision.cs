namespace KnowledgeArchive.Core.Decisions;

/// <summary>A decision found in a document: what a body resolved, where it is printed, and the sentence that says so.</summary>
public sealed record Decision
{
    /// <summary>Stable id: the same document and item give the same id on every extraction.</summary>
    public required string DecisionId { get; init; }

    /// <summary>Item reference exactly as printed (<c>GB19/023</c>, <c>Minute 23/19</c>), or null.</summary>
    public string? Reference { get; init; }

    /// <summary>The reference normalised for matching citations (upper case, one separator style), or null.</summary>
    public string? CanonicalReference { get; init; }

    public required string DocumentId { get; init; }

    public int PageNumber { get; init; } = 1;

    public DateOnly? Date { get; init; }

    public string? Body { get; init; }

    public string? Ccg { get; init; }

    /// <summary>The ICB of the deciding organisation (for a CCG, the ICB that took over its duties).</summary>
    public string? Icb { get; init; }

    /// <summary>One of <see cref="DecisionOutcomes"/>.</summary>
    public required string Outcome { get; init; }

    public string? Subject { get; init; }

    public required string Text { get; init; }

    /// <summary>False for a decision known only because a document cites it (its own minutes are not in the archive); then <see cref="DocumentId"/> is the citing document.</summary>
    public bool InArchive { get; init; } = true;
}
