using KnowledgeArchive.Language.Dates;
using KnowledgeArchive.Language.Decisions;
using KnowledgeArchive.Language.References;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language;

/// <summary>The phrasebook compiled once into the readers enrichment uses: clauses, lead-ins, dates, references and sentences.</summary>
public sealed class Wording
{
    public Wording(Phrasebook phrasebook)
    {
        ArgumentNullException.ThrowIfNull(phrasebook);
        Phrasebook = phrasebook;
        Lexicon = new DecisionLexicon(phrasebook);
        Clauses = new ClauseReader(Lexicon);
        LeadIns = new LeadInReader(Lexicon);
        Dates = new DateReader(phrasebook.Dates);
        References = new ReferenceReader(phrasebook.References);
        Sentences = new SentenceSplitter(phrasebook.Grammar.Abbreviations);
    }

    public Phrasebook Phrasebook { get; }

    public DecisionLexicon Lexicon { get; }

    public ClauseReader Clauses { get; }

    public LeadInReader LeadIns { get; }

    public DateReader Dates { get; }

    public ReferenceReader References { get; }

    public SentenceSplitter Sentences { get; }

    /// <summary>The shipped phrasebook, compiled.</summary>
    public static Wording LoadDefault() => new(PhrasebookLoader.LoadDefault());
}
