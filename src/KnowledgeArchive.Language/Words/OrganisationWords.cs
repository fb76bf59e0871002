namespace KnowledgeArchive.Language.Words;

/// <summary>How texts name organisations ("NHS X Clinical Commissioning Group", "X ICB") and say where one's duties pass.</summary>
public sealed record OrganisationWords
{
    /// <summary>By kind (ccg, icb, joint_committee): the words that end an organisation's name, as printed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Forms { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>By kind: the ending the archive shows names with ("NHS X CCG", "NHS Y Integrated Care Board").</summary>
    public IReadOnlyDictionary<string, string> CanonicalForms { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> NamePrefix { get; init; } = [];

    /// <summary>Lower-case words that may sit inside a place name ("and", "upon").</summary>
    public IReadOnlyList<string> NameJoiners { get; init; } = [];

    /// <summary>Words between a committee's form and the members it is of, named after it ("Joint Committee of the X and Y CCGs").</summary>
    public IReadOnlyList<string> MemberLeadIns { get; init; } = [];

    /// <summary>Phrases before the organisation another's functions pass to ("transfer of functions to", "merged to form").</summary>
    public IReadOnlyList<string> Succession { get; init; } = [];

    /// <summary>Phrases that deny a succession just named ("and not to").</summary>
    public IReadOnlyList<string> SuccessionNegators { get; init; } = [];

    /// <summary>Words that mark the CCGs a text names as an ICB's predecessors ("Policies of predecessor CCGs").</summary>
    public IReadOnlyList<string> PredecessorCues { get; init; } = [];

    /// <summary>Words that describe an organisation rather than name it ("the predecessor CCG", "each member CCG").</summary>
    public IReadOnlyList<string> DescribingWords { get; init; } = [];
}
