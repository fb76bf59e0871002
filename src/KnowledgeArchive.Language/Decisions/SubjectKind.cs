namespace KnowledgeArchive.Language.Decisions;

/// <summary>Who a clause says acted.</summary>
public enum SubjectKind
{
    /// <summary>No subject is written or known.</summary>
    None,

    /// <summary>A body or its members collectively ("the Governing Body", "Members", "the CCG").</summary>
    Decider,

    /// <summary>The impersonal "it" ("It was agreed that …").</summary>
    Impersonal,

    /// <summary>A person or officer ("Dr Smith", "the Chair"): their undertakings are actions.</summary>
    Person,

    /// <summary>Something else: a paper, another organisation.</summary>
    Other,
}
