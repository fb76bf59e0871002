using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language.Decisions;

/// <summary>An outcome word of the phrasebook in one of its forms: which outcome, from which lemma, in what form.</summary>
public sealed record Predicate(string Outcome, string Lemma, PredicateKind Kind, VerbForm? Form = null)
{
    /// <summary>The lemma has other senses than a decision's ("agree", "support").</summary>
    public bool Ambiguous { get; init; }

    /// <summary>The phrase itself is negative ("not approve").</summary>
    public bool Negative { get; init; }
}
