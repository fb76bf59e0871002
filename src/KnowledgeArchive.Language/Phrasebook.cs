using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Language.Words;

namespace KnowledgeArchive.Language;

/// <summary>
/// The archive's wording, loaded once from <c>ingest-config/phrasebook.json</c> (and any overlays a deployment adds):
/// how decisions, references, dates, sessions, document types, bodies and organisations are written. Enrichment's
/// mechanisms look for nothing that is not here.
/// </summary>
public sealed record Phrasebook
{
    public string? Description { get; init; }

    public VerbForms VerbForms { get; init; } = new();

    /// <summary>By outcome (approved, ratified, adopted, noted, deferred, rejected).</summary>
    public IReadOnlyDictionary<string, OutcomeWords> Outcomes { get; init; } = new Dictionary<string, OutcomeWords>();

    /// <summary>Outcomes from strongest to weakest: where one clause records two, the stronger is the decision.</summary>
    public IReadOnlyList<string> OutcomePrecedence { get; init; } = [];

    /// <summary>Predicates with other senses than a decision's ("agree", "support"): they need a deciding subject to count.</summary>
    public IReadOnlyList<string> AmbiguousPredicates { get; init; } = [];

    public IReadOnlyList<ControlVerb> Controls { get; init; } = [];

    /// <summary>Verbs that put a question to a body ("is asked to approve"): a proposal, not a decision, unless an outcome is recorded with it.</summary>
    public IReadOnlyList<string> Asks { get; init; } = [];

    public IReadOnlyList<string> Negators { get; init; } = [];

    /// <summary>What a negated outcome becomes ("not approved" is rejected); an outcome not listed is no decision when negated.</summary>
    public IReadOnlyDictionary<string, string> NegatedOutcome { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Qualifiers { get; init; } = [];

    /// <summary>
    /// Phrases in what is approved that say the decision is another outcome: approving "the adoption of" a policy adopts
    /// it; endorsing "the decision of" the Chair, or signing off a policy "for adoption", ratifies or adopts.
    /// </summary>
    public IReadOnlyList<FixedOutcome> ObjectOutcomes { get; init; } = [];

    /// <summary>Nouns whose infinitive complement describes a thing, not a decision ("the decision of the Chair to approve …").</summary>
    public IReadOnlyList<string> EmbeddingNouns { get; init; } = [];

    /// <summary>Objects that only carry a decision stated beside them ("accepted the recommendation … and ratified …").</summary>
    public IReadOnlyList<string> MetaObjects { get; init; } = [];

    public GrammarWords Grammar { get; init; } = new();

    /// <summary>By lineage edge type (supersedes, ratifies, adopts, amends, defers_to, transfers_to, references): the verbs and phrases that say a decision acts so on one it cites.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Relations { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>How lineage questions in words ask what they ask.</summary>
    public LineageQuestionWords Questions { get; init; } = new();

    /// <summary>Phrases that put a relation in the future ("subject to ratification by …"): what happens next, not how this decision acts.</summary>
    public IReadOnlyList<string> RelationFutures { get; init; } = [];

    public IReadOnlyList<FixedOutcome> FixedOutcomes { get; init; } = [];

    public DecisionMarkers Markers { get; init; } = new();

    public DeciderWords Deciders { get; init; } = new();

    public PeopleWords People { get; init; } = new();

    /// <summary>Objects whose noting is housekeeping, not a decision ("apologies", "declarations of interest").</summary>
    public IReadOnlyList<string> NonDecisionObjects { get; init; } = [];

    /// <summary>Titles of housekeeping items whose noting is not recorded as a decision.</summary>
    public IReadOnlyList<string> ProceduralItems { get; init; } = [];

    /// <summary>Words naming minutes as an object ("the minutes of the meeting … were approved").</summary>
    public IReadOnlyList<string> MinutesObjects { get; init; } = [];

    public TableHeadings Tables { get; init; } = new();

    public ReferenceWords References { get; init; } = new();

    public DateWords Dates { get; init; } = new();

    public SessionWords Sessions { get; init; } = new();

    public DocumentTypeWords DocumentTypes { get; init; } = new();

    public TitleBlockWords TitleBlock { get; init; } = new();

    public PolicyFieldWords PolicyFields { get; init; } = new();

    public IReadOnlyList<BodyName> Bodies { get; init; } = [];

    /// <summary>Head words that end a body's name ("committee", "board", "governing body").</summary>
    public IReadOnlyList<string> BodyHeads { get; init; } = [];

    /// <summary>Lower-case words that may sit inside a body's name ("and", "of").</summary>
    public IReadOnlyList<string> BodyNameWords { get; init; } = [];

    /// <summary>What a body's name may end with after its head word and a joiner ("Joint Committee of the Wyvern and Marsh CCGs").</summary>
    public IReadOnlyList<string> BodyNameTails { get; init; } = [];

    public OrganisationWords Organisations { get; init; } = new();

    /// <summary>How a search typed as a question in words is read down to its content words.</summary>
    public QuestionWords SearchQuestions { get; init; } = new();
}
