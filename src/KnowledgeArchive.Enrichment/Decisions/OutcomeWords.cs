using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>
/// Reads the outcome of a decision sentence from its verbs. The first specific verb wins (approve, ratify, adopt,
/// note, defer, reject and their forms); "agreed" and "resolved" alone mean approved.
/// </summary>
public static partial class OutcomeWords
{
    public static string? Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        // "It was agreed that the decision of the Committee to approve the policy be ratified": the verb after "be" is the decision.
        var passive = Passive().Match(sentence);
        var match = passive.Success ? Specific().Match(passive.Groups["verb"].Value) : Specific().Match(sentence);
        if (match.Success)
        {
            var word = match.Value.ToLowerInvariant();
            return word switch
            {
                _ when word.StartsWith("defer", StringComparison.Ordinal) || word.StartsWith("postpone", StringComparison.Ordinal) => DecisionOutcomes.Deferred,
                _ when word.StartsWith("reject", StringComparison.Ordinal) || word.StartsWith("declin", StringComparison.Ordinal) || word.StartsWith("rescind", StringComparison.Ordinal) || word.StartsWith("revok", StringComparison.Ordinal) || word.StartsWith("refus", StringComparison.Ordinal) || word.StartsWith("not ", StringComparison.Ordinal) || word.StartsWith("did not", StringComparison.Ordinal) => DecisionOutcomes.Rejected,
                _ when word.StartsWith("ratif", StringComparison.Ordinal) => DecisionOutcomes.Ratified,
                _ when word.StartsWith("adopt", StringComparison.Ordinal) => DecisionOutcomes.Adopted,
                _ when word.StartsWith("not", StringComparison.Ordinal) || word.StartsWith("receiv", StringComparison.Ordinal) || word.StartsWith("acknowledg", StringComparison.Ordinal) || word.StartsWith("took", StringComparison.Ordinal) => DecisionOutcomes.Noted,
                _ => DecisionOutcomes.Approved,
            };
        }

        return Generic().IsMatch(sentence) ? DecisionOutcomes.Approved : null;
    }

    [GeneratedRegex(@"\b(?:(?:did\s+)?not\s+(?:approve|support|agree|endorse)\w*|defer\w*|postpone\w*|reject\w*|declin\w*|refus\w*|ratif\w*|adopt(?:s|ed|ion)?\b|approv\w*|amend(?:ed|s|ment)?\b|rescind\w*|revok\w*|endors\w*|support(?:ed|s)?\b|accept(?:ed|s)?\b|confirm(?:ed|s)?\b|noted|note\b|received|receive\b|acknowledged|took\s+assurance)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Specific();

    [GeneratedRegex(@"\b(?:agreed|resolved|decided)\s*:?\s*that\b.*?\b(?:should\s+|shall\s+)?be\s+(?:(?:formally|duly|now|hereby)\s+)?(?<verb>approved|ratified|adopted|noted|deferred|rejected|endorsed|received|accepted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:agreed|resolved|decided|agree|resolve)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Generic();
}
