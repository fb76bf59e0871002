using KnowledgeArchive.Language.Words;

namespace KnowledgeArchive.Language.Text;

/// <summary>
/// Every written form of a verb phrase from its lemma, by English spelling rules and the phrasebook's irregular
/// verbs: "approve" gives approves, approved, approving; "defer" deferred; "sign off" signed off; "take note of"
/// took note of; "be briefed on" is/are/was/were/been/being briefed on.
/// </summary>
public sealed class Inflector(VerbForms forms)
{
    private static readonly string[] BeForms = ["be", "is", "are", "was", "were", "been", "being"];
    private readonly HashSet<string> doubling = new(forms.DoubleFinalConsonant, StringComparer.Ordinal);

    public IEnumerable<(string Phrase, VerbForm Form)> Forms(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var words = lemma.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            yield break;
        }

        var rest = words.Length > 1 ? " " + string.Join(' ', words.Skip(1)) : string.Empty;
        if (words[0] == "be" && words.Length > 1)
        {
            foreach (var be in BeForms)
            {
                yield return (be + rest, be is "be" ? VerbForm.Base : be is "been" ? VerbForm.Participle : be is "being" ? VerbForm.Ing : VerbForm.Past);
            }

            yield break;
        }

        if (words[0] == "not" && words.Length > 1)
        {
            // A negated phrase ("not approve") keeps "not" and inflects the verb after it.
            foreach (var (phrase, form) in Forms(string.Join(' ', words.Skip(1))))
            {
                yield return ("not " + phrase, form);
            }

            yield break;
        }

        var verb = words[0];
        var (past, participle) = PastForms(verb);
        yield return (verb + rest, VerbForm.Base);
        yield return (Third(verb) + rest, VerbForm.Third);
        yield return (past + rest, VerbForm.Past);
        yield return (participle + rest, VerbForm.Participle);
        yield return (Ing(verb) + rest, VerbForm.Ing);
    }

    private (string Past, string Participle) PastForms(string verb)
    {
        if (forms.Irregular.TryGetValue(verb, out var irregular) && irregular.Count > 0)
        {
            return (irregular[0], irregular.Count > 1 ? irregular[1] : irregular[0]);
        }

        var past = verb switch
        {
            _ when verb.EndsWith('e') => verb + "d",
            _ when EndsConsonantY(verb) => verb[..^1] + "ied",
            _ when Doubles(verb) => verb + verb[^1] + "ed",
            _ => verb + "ed",
        };
        return (past, past);
    }

    private static string Third(string verb) => verb switch
    {
        _ when verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) => verb + "es",
        _ when EndsConsonantY(verb) => verb[..^1] + "ies",
        _ when verb is "go" or "do" => verb + "es",
        _ => verb + "s",
    };

    private string Ing(string verb) => verb switch
    {
        _ when verb.EndsWith("ee", StringComparison.Ordinal) || verb.EndsWith("ye", StringComparison.Ordinal) || verb.EndsWith("oe", StringComparison.Ordinal) => verb + "ing",
        _ when verb.EndsWith("ie", StringComparison.Ordinal) => verb[..^2] + "ying",
        _ when verb.EndsWith('e') && verb.Length > 2 => verb[..^1] + "ing",
        _ when Doubles(verb) => verb + verb[^1] + "ing",
        _ => verb + "ing",
    };

    /// <summary>A listed verb, or one made from it ("resubmit" from "submit").</summary>
    private bool Doubles(string verb) => doubling.Contains(verb) || doubling.Any(d => verb.EndsWith(d, StringComparison.Ordinal) && verb.Length > d.Length + 1);

    private static bool EndsConsonantY(string verb) => verb.Length > 1 && verb[^1] == 'y' && !"aeiou".Contains(verb[^2], StringComparison.Ordinal);
}
