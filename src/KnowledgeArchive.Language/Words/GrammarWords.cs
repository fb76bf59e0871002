namespace KnowledgeArchive.Language.Words;

/// <summary>The function words the clause reader steers by: auxiliaries, complementisers, conjunctions, determiners and the abbreviations sentences do not end at.</summary>
public sealed record GrammarWords
{
    public IReadOnlyList<string> Complementizers { get; init; } = [];

    public IReadOnlyList<string> Infinitive { get; init; } = [];

    public IReadOnlyList<string> AgentMarkers { get; init; } = [];

    public IReadOnlyList<string> Conjunctions { get; init; } = [];

    public IReadOnlyList<string> Determiners { get; init; } = [];

    public IReadOnlyList<string> RelativePronouns { get; init; } = [];

    public IReadOnlyList<string> Prepositions { get; init; } = [];

    public IReadOnlyList<string> PassiveAuxiliaries { get; init; } = [];

    /// <summary>Present-tense passive auxiliaries: "X is not commissioned" states a standing rule, not an act of the meeting.</summary>
    public IReadOnlyList<string> PresentAuxiliaries { get; init; } = [];

    /// <summary>Words that make a bare participle describe or condition rather than decide ("as approved by", "once agreed", "if ratified").</summary>
    public IReadOnlyList<string> ParticipleModifiers { get; init; } = [];

    /// <summary>Adverbs that may stand between a subject and its verb ("The Committee formally approved").</summary>
    public IReadOnlyList<string> Adverbs { get; init; } = [];

    /// <summary>Particles of phrasal verbs that may stand after the object ("held the item over", "signed the plan off").</summary>
    public IReadOnlyList<string> Particles { get; init; } = [];

    /// <summary>Words before a predicate that place it before this meeting ("previously approved", "at its last meeting").</summary>
    public IReadOnlyList<string> ReportedCues { get; init; } = [];

    /// <summary>Verbs whose "that" clause reports a fact rather than records a decision ("noted that", "confirmed that").</summary>
    public IReadOnlyList<string> ReportingVerbs { get; init; } = [];

    /// <summary>"there was", which puts an outcome noun as the subject ("there was support for").</summary>
    public IReadOnlyList<string> Existential { get; init; } = [];

    /// <summary>Words after "by" that say how a vote went, not who decided ("carried by six votes").</summary>
    public IReadOnlyList<string> NonAgents { get; init; } = [];

    /// <summary>Words after "by" that make the agent others than the deciding body ("for adoption by each of the CCGs").</summary>
    public IReadOnlyList<string> OtherAgents { get; init; } = [];

    /// <summary>Verbs that give an outcome noun ("approval was given", "agreement was reached").</summary>
    public IReadOnlyList<string> GivingVerbs { get; init; } = [];

    public IReadOnlyList<string> PerfectAuxiliaries { get; init; } = [];

    /// <summary>Auxiliaries that report what happened before ("had approved"): not this meeting's decision.</summary>
    public IReadOnlyList<string> ReportedAuxiliaries { get; init; } = [];

    public IReadOnlyList<string> ModalAuxiliaries { get; init; } = [];

    public IReadOnlyList<string> DoAuxiliaries { get; init; } = [];

    public IReadOnlyList<string> PronounSubjects { get; init; } = [];

    public IReadOnlyList<string> ImpersonalSubjects { get; init; } = [];

    /// <summary>Words before an outcome noun that make it a purpose, not a decision ("for approval", "seeking ratification").</summary>
    public IReadOnlyList<string> PurposeMarkers { get; init; } = [];

    public string AdverbSuffix { get; init; } = string.Empty;

    /// <summary>Endings of regular past participles ("published", "taken"); irregular ones come from the verb forms.</summary>
    public IReadOnlyList<string> ParticipleSuffixes { get; init; } = [];

    /// <summary>Abbreviations, without their full stop, after which a sentence does not end.</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];
}
