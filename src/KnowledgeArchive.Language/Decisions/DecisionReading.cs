namespace KnowledgeArchive.Language.Decisions;

/// <summary>
/// An outcome a sentence records: which, how sure the reading is, and why (the marker, predicate and subject it
/// rests on), with where the predicate is in the sentence.
/// </summary>
public sealed record DecisionReading(string Outcome, double Confidence, string Reason)
{
    /// <summary>Character offset of the predicate in the sentence.</summary>
    public int PredicateStart { get; init; }

    public int PredicateLength { get; init; }

    /// <summary>The lemma or phrase the outcome came from ("approve", "take note of", "RESOLVED").</summary>
    public string Predicate { get; init; } = string.Empty;

    public SubjectKind Subject { get; init; }

    /// <summary>What was decided on (the object), as written after the predicate, to the end of its clause.</summary>
    public string Matter { get; init; } = string.Empty;

    /// <summary>For a passive clause, what it says was acted on ("the policy" in "The policy was approved").</summary>
    public string? Patient { get; init; }

    /// <summary>A condition the outcome carries ("subject to", "in principle"), or null.</summary>
    public string? Qualifier { get; init; }

    /// <summary>Recorded only faintly ("considered", "was briefed on").</summary>
    public bool Weak { get; init; }

    /// <summary>Put to the body rather than decided by it ("is asked to approve"): a decision only where an outcome is recorded beside it.</summary>
    public bool Ask { get; init; }

    /// <summary>Led by a resolution marker ("RESOLVED", "Decision:").</summary>
    public bool MarkerLed { get; init; }

    /// <summary>Written in the passive ("was approved"): a clause joined to it by "and" shares its voice.</summary>
    public bool Passive { get; init; }

    /// <summary>Which of the sentence's semicolon-separated clauses the predicate is in, from 0.</summary>
    public int Clause { get; init; }
}
