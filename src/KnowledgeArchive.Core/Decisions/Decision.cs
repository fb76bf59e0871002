using KnowledgeArchive.Core.Documents;

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

    /// <summary>The date is printed as a month only ("June 2016"): <see cref="Date"/> is that month's first day and is shown as the month.</summary>
    public bool MonthOnly { get; init; }

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

    /// <summary>The item's own number when the minutes print one ("7(b)", "6.3") apart from, or instead of, a reference.</summary>
    public string? ItemLabel { get; init; }

    /// <summary>Where <see cref="Text"/> starts in the stored text of page <see cref="PageNumber"/>, or null when not known.</summary>
    public int? TextOffset { get; init; }

    /// <summary>How sure the reading is, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>Why it was read as a decision: the marker, predicate and subject it rests on ("resolution marker; predicate 'approved' (approve); subject 'The Governing Body'").</summary>
    public string? Reason { get; init; }

    /// <summary>Read with too little certainty to stand alone: shown, marked for a person to confirm.</summary>
    public bool NeedsReview { get; init; }

    /// <summary>A condition the outcome carries as printed ("subject to", "in principle"), or null.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The sensitivity of the document it is read from (<c>public</c> or <c>restricted</c>), so lists can mark restricted ones.</summary>
    public string Sensitivity { get; init; } = Sensitivities.Public;
}
