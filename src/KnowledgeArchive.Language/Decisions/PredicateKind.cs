namespace KnowledgeArchive.Language.Decisions;

/// <summary>How an outcome word is used.</summary>
public enum PredicateKind
{
    /// <summary>A verb phrase in any form ("approved", "took note of").</summary>
    Verb,

    /// <summary>A noun ("approval", "sign-off"): a decision when given, or the subject of a giving verb.</summary>
    Noun,

    /// <summary>A faint verb ("considered", "was briefed on"): an item's outcome only when nothing stronger is recorded.</summary>
    Weak,

    /// <summary>A whole phrase that records its outcome however it is used ("no decision was required").</summary>
    Fixed,
}
