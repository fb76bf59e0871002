using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Indexing.Queries;

/// <summary>
/// Words of a query that ask for a decision ("decision", "approved", "ratified"…) and the outcomes a page that records
/// one must have to answer them: "decision" any outcome, "approved" an approval, and so on.
/// </summary>
internal static class DecisionWords
{
    private static readonly string[] Any =
        [DecisionOutcomes.Approved, DecisionOutcomes.Ratified, DecisionOutcomes.Adopted, DecisionOutcomes.Noted, DecisionOutcomes.Deferred, DecisionOutcomes.Rejected];

    private static readonly Dictionary<string, string[]> Outcomes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["decision"] = Any,
        ["decisions"] = Any,
        ["decided"] = Any,
        ["resolved"] = Any,
        ["approved"] = [DecisionOutcomes.Approved],
        ["approval"] = [DecisionOutcomes.Approved],
        ["agreed"] = [DecisionOutcomes.Approved],
        ["ratified"] = [DecisionOutcomes.Ratified],
        ["ratification"] = [DecisionOutcomes.Ratified],
        ["adopted"] = [DecisionOutcomes.Adopted],
        ["adoption"] = [DecisionOutcomes.Adopted],
        ["deferred"] = [DecisionOutcomes.Deferred],
        ["rejected"] = [DecisionOutcomes.Rejected],
        ["declined"] = [DecisionOutcomes.Rejected],
    };

    /// <summary>The outcomes <paramref name="word"/> asks for, or null when it does not ask for a decision.</summary>
    public static IReadOnlyList<string>? OutcomesFor(string word) => Outcomes.GetValueOrDefault(word.Trim());
}
