using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language.Decisions;

/// <summary>The phrasebook's function words as sets, for the clause reader's tests of single words.</summary>
internal sealed class Grammar
{
    public Grammar(Phrasebook phrasebook)
    {
        var g = phrasebook.Grammar;
        Complementizers = Set(g.Complementizers);
        Infinitive = Set(g.Infinitive);
        Agents = Set(g.AgentMarkers);
        Conjunctions = Set(g.Conjunctions);
        Determiners = Set(g.Determiners);
        Relatives = Set(g.RelativePronouns);
        Prepositions = Set(g.Prepositions);
        Passive = Set(g.PassiveAuxiliaries);
        ParticipleModifiers = Set(g.ParticipleModifiers);
        Present = Set(g.PresentAuxiliaries);
        Perfect = Set(g.PerfectAuxiliaries);
        Reported = Set(g.ReportedAuxiliaries);
        Modal = Set(g.ModalAuxiliaries);
        Do = Set(g.DoAuxiliaries);
        Pronouns = Set(g.PronounSubjects);
        Impersonal = Set(g.ImpersonalSubjects);
        Purpose = Set(g.PurposeMarkers);
        NonAgents = Set(g.NonAgents);
        OtherAgents = Set(g.OtherAgents);
        Negators = Set(phrasebook.Negators);
        Honorifics = Set(phrasebook.People.Honorifics);
        EmbeddingNouns = Set(phrasebook.EmbeddingNouns);
        MetaObjects = Set(phrasebook.MetaObjects);
        MinutesObjects = Set(phrasebook.MinutesObjects);
        AdverbSuffix = g.AdverbSuffix;
        participleSuffixes = [.. g.ParticipleSuffixes];
        IrregularParticiples = phrasebook.VerbForms.Irregular.Values.Where(f => f.Count > 0).Select(f => f[^1]).ToHashSet(StringComparer.Ordinal);
    }

    private readonly string[] participleSuffixes;

    /// <summary>Past participles spelling rules cannot derive ("held", "brought").</summary>
    public HashSet<string> IrregularParticiples { get; }

    /// <summary>Whether a word has the shape of a past participle ("published", "taken", "held").</summary>
    public bool IsParticiple(string word) =>
        IrregularParticiples.Contains(word) || (word.Length > 3 && participleSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal)));

    public HashSet<string> Complementizers { get; }

    public HashSet<string> Infinitive { get; }

    public HashSet<string> Agents { get; }

    public HashSet<string> Conjunctions { get; }

    public HashSet<string> Determiners { get; }

    public HashSet<string> Relatives { get; }

    public HashSet<string> Prepositions { get; }

    public HashSet<string> Passive { get; }

    public HashSet<string> Perfect { get; }

    public HashSet<string> ParticipleModifiers { get; }

    public HashSet<string> Present { get; }

    public HashSet<string> Reported { get; }

    public HashSet<string> Modal { get; }

    public HashSet<string> Do { get; }

    public HashSet<string> Pronouns { get; }

    public HashSet<string> Impersonal { get; }

    public HashSet<string> Purpose { get; }

    public HashSet<string> NonAgents { get; }

    public HashSet<string> OtherAgents { get; }

    public HashSet<string> Negators { get; }

    public HashSet<string> Honorifics { get; }

    public HashSet<string> EmbeddingNouns { get; }

    public HashSet<string> MetaObjects { get; }

    public HashSet<string> MinutesObjects { get; }

    public string AdverbSuffix { get; }

    /// <summary>A modal at word <paramref name="i"/>; capitalised inside a sentence it is a name ("7 May 2019"), not a modal.</summary>
    public bool IsModalAt(TokenView view, int i) => Modal.Contains(view.Norms[i]) && !(i > 0 && view.Word(i).IsCapitalised && !view.Word(i).IsUpper);

    public bool IsAuxiliaryAt(TokenView view, int i) => IsAuxiliary(view.Norms[i]) && (!Modal.Contains(view.Norms[i]) || IsModalAt(view, i));

    public bool IsAuxiliary(string word) => Passive.Contains(word) || Perfect.Contains(word) || Reported.Contains(word) || Modal.Contains(word) || Do.Contains(word);

    private static HashSet<string> Set(IEnumerable<string> words) =>
        words.SelectMany(w => new[] { w.ToLowerInvariant(), string.Join(' ', Tokenizer.Words(w)) }).ToHashSet(StringComparer.Ordinal);
}
