namespace KnowledgeArchive.Language.Text;

/// <summary>The form a verb is written in.</summary>
public enum VerbForm
{
    /// <summary>"approve": after "to", a modal or "did", or as a subjunctive ("that the report be noted").</summary>
    Base,

    /// <summary>"approves".</summary>
    Third,

    /// <summary>"approved" as a past tense.</summary>
    Past,

    /// <summary>"approved" after "was" or "has" (same spelling as the past for regular verbs).</summary>
    Participle,

    /// <summary>"approving".</summary>
    Ing,
}
