using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language.Decisions;

/// <summary>The phrasebook's decision language compiled for matching: every form of every predicate, control verb and cue.</summary>
public sealed class DecisionLexicon
{
    public DecisionLexicon(Phrasebook phrasebook)
    {
        ArgumentNullException.ThrowIfNull(phrasebook);
        Phrasebook = phrasebook;
        var inflector = new Inflector(phrasebook.VerbForms);
        var ambiguous = phrasebook.AmbiguousPredicates.Select(Key).ToHashSet(StringComparer.Ordinal);
        var particles = phrasebook.Grammar.Particles.Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (outcome, words) in phrasebook.Outcomes)
        {
            foreach (var lemma in words.Verbs)
            {
                AddVerb(outcome, lemma, PredicateKind.Verb);
            }

            foreach (var lemma in words.Weak)
            {
                AddVerb(outcome, lemma, PredicateKind.Weak);
            }

            foreach (var noun in words.Nouns)
            {
                Predicates.Add(noun, new Predicate(outcome, noun, PredicateKind.Noun) { Ambiguous = ambiguous.Contains(Key(noun)) });
            }

            foreach (var stance in words.Stances)
            {
                Stances.Add(stance, outcome);
            }

            foreach (var label in words.Labels)
            {
                Labels.TryAdd(string.Join(' ', Tokenizer.Words(label)), outcome);
            }
        }

        foreach (var fixedOutcome in phrasebook.FixedOutcomes)
        {
            Predicates.Add(fixedOutcome.Phrase, new Predicate(fixedOutcome.Outcome, fixedOutcome.Phrase, PredicateKind.Fixed));
        }

        foreach (var control in phrasebook.Controls)
        {
            foreach (var (phrase, form) in inflector.Forms(control.Phrase))
            {
                Controls.Add(phrase, new Control(control.Phrase, control.Outcome, form));
            }
        }

        foreach (var ask in phrasebook.Asks)
        {
            foreach (var (phrase, form) in inflector.Forms(ask))
            {
                Asks.Add(phrase, form);
            }
        }

        foreach (var word in phrasebook.Grammar.GivingVerbs)
        {
            foreach (var (phrase, form) in inflector.Forms(word))
            {
                Giving.Add(phrase, form);
            }
        }

        AddAll(DecisionMarkers, phrasebook.Markers.Decision);
        AddAll(OtherMarkers, phrasebook.Markers.NotDecision);
        AddAll(Qualifiers, phrasebook.Qualifiers);
        foreach (var objectOutcome in phrasebook.ObjectOutcomes)
        {
            ObjectOutcomes.Add(objectOutcome.Phrase, objectOutcome.Outcome);
        }

        AddAll(NonDecisionObjects, phrasebook.NonDecisionObjects);
        AddAll(Existential, phrasebook.Grammar.Existential);
        AddAll(Adverbs, phrasebook.Grammar.Adverbs);
        AddAll(PersonRoles, phrasebook.People.Roles);
        AddAll(DeciderHeads, phrasebook.Deciders.Heads.Concat(phrasebook.Deciders.CollectiveMembers).Concat(phrasebook.BodyHeads));
        foreach (var body in phrasebook.Bodies)
        {
            AddAll(DeciderHeads, [body.Name, .. body.Aliases ?? []]);
        }

        foreach (var forms in phrasebook.Organisations.Forms.Values)
        {
            AddAll(DeciderHeads, forms);
        }

        AddAll(ReportedCues, phrasebook.Grammar.ReportedCues);
        foreach (var verb in phrasebook.Grammar.ReportingVerbs)
        {
            foreach (var (phrase, _) in inflector.Forms(verb))
            {
                ReportingVerbs.Add(phrase, true);
            }
        }


        void AddVerb(string outcome, string lemma, PredicateKind kind)
        {
            var negative = lemma.TrimStart().StartsWith("not ", StringComparison.OrdinalIgnoreCase);
            var isAmbiguous = ambiguous.Contains(Key(lemma));
            foreach (var (phrase, form) in inflector.Forms(lemma))
            {
                var predicate = new Predicate(outcome, lemma, kind, form) { Ambiguous = isAmbiguous, Negative = negative };
                Predicates.Add(phrase, predicate);
                var words = Tokenizer.Words(phrase);
                var rest = string.Join(' ', words.Skip(1));
                if (words.Count > 1 && particles.Contains(rest))
                {
                    // "held the item over": the verb, then its particle after the object.
                    Phrasal.Add([words[0]], (words.Skip(1).ToList(), predicate));
                }
            }
        }
    }

    public Phrasebook Phrasebook { get; }

    public PhraseTrie<Predicate> Predicates { get; } = new();

    public PhraseTrie<Control> Controls { get; } = new();

    public PhraseTrie<VerbForm> Asks { get; } = new();

    public PhraseTrie<VerbForm> Giving { get; } = new();

    public PhraseTrie<string> Stances { get; } = new();

    public PhraseTrie<bool> DecisionMarkers { get; } = new();

    public PhraseTrie<bool> OtherMarkers { get; } = new();

    public PhraseTrie<bool> Qualifiers { get; } = new();

    public PhraseTrie<string> ObjectOutcomes { get; } = new();

    /// <summary>Phrasal verbs by their verb form, with the particle that may follow the object.</summary>
    public PhraseTrie<(IReadOnlyList<string> Particle, Predicate Predicate)> Phrasal { get; } = new();

    public PhraseTrie<bool> ReportedCues { get; } = new();

    public PhraseTrie<bool> ReportingVerbs { get; } = new();

    public PhraseTrie<bool> NonDecisionObjects { get; } = new();

    public PhraseTrie<bool> Existential { get; } = new();

    public PhraseTrie<bool> Adverbs { get; } = new();

    public PhraseTrie<bool> PersonRoles { get; } = new();

    public PhraseTrie<bool> DeciderHeads { get; } = new();

    /// <summary>Whole short texts that state an outcome ("approved", "not supported"), by their lower-case words.</summary>
    public Dictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>The outcome a short text states alone, or null.</summary>
    public string? LabelOutcome(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = string.Join(' ', Tokenizer.Words(text));
        return Labels.GetValueOrDefault(key);
    }

    private static string Key(string phrase) => string.Join(' ', Tokenizer.Words(phrase));

    private static void AddAll(PhraseTrie<bool> trie, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            trie.Add(phrase, true);
        }
    }
}
