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

    /// <summary><c>day</c>, or <c>month</c> when only the month is printed (<see cref="Date"/> is then its first day, shown as "June 2016").</summary>
    public string DatePrecision { get; init; } = DecisionDates.Day;

    public string? Body { get; init; }

    public string? Ccg { get; init; }

    /// <summary><c>approved</c>, <c>ratified</c>, <c>adopted</c>, <c>noted</c>, <c>deferred</c> or <c>rejected</c>.</summary>
    public required string Outcome { get; init; }

    public string? Subject { get; init; }

    public required string Text { get; init; }

    /// <summary>False for a decision known only because a document cites it; <see cref="DocumentId"/> is then the citing document.</summary>
    public bool InArchive { get; init; } = true;

    public string? Icb { get; init; }

    /// <summary>The item's number as printed when it restarts each meeting (<c>7(b)</c>, <c>Item 5.2</c>) rather than running on; null otherwise.</summary>
    public string? ItemLabel { get; init; }

    /// <summary>How sure the reading is, from 0 to 1: a resolution marker and a deciding subject make it surer, a faint or ambiguous verb less so.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>Why the sentence was read as this outcome: the marker, predicate and subject the reading rests on.</summary>
    public string? Reason { get; init; }

    /// <summary>The reading is unsure enough that someone should check it against the page.</summary>
    public bool NeedsReview { get; init; }

    /// <summary>A condition the outcome carries ("subject to ratification", "in principle"), as printed; null without one.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The sensitivity of the document it is read from: <c>public</c>, or <c>restricted</c> (shown only to auditors and admins).</summary>
    public string Sensitivity { get; init; } = "public";
}
