namespace KnowledgeArchive.Language.Words;

/// <summary>The words that record one outcome: verbs (by lemma; inflected for every form), nouns, short labels and stances.</summary>
public sealed record OutcomeWords
{
    /// <summary>Lemmas and phrasal lemmas ("approve", "sign off", "take note of"); every form is matched.</summary>
    public IReadOnlyList<string> Verbs { get; init; } = [];

    /// <summary>Nouns naming the outcome ("approval", "sign-off"), recognised with a giving verb or as a subject ("approval was given").</summary>
    public IReadOnlyList<string> Nouns { get; init; } = [];

    /// <summary>Whole short values that state the outcome alone: a decision-log cell, a one-word minute ("Approved.").</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Adjectives of a deciding stance ("content to", "in favour of") that take this outcome.</summary>
    public IReadOnlyList<string> Stances { get; init; } = [];

    /// <summary>Verbs that record the outcome only faintly ("considered", "was briefed on"): an item's outcome when it has no other.</summary>
    public IReadOnlyList<string> Weak { get; init; } = [];
}
