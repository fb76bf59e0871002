using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// An item may record several outcomes under one reference ("ratified the decision …; noted the lease"). A citation of
/// the reference cites what the item decided: its most substantive decision, the first of them in the text.
/// </summary>
public static class ItemDecisions
{
    private static readonly string[] SubstanceOrder =
        [DecisionOutcomes.Ratified, DecisionOutcomes.Adopted, DecisionOutcomes.Approved, DecisionOutcomes.Rejected, DecisionOutcomes.Deferred, DecisionOutcomes.Noted];

    /// <summary>The one decision a reference names among <paramref name="candidates"/>: the only one, or the principal one of a single item; else null.</summary>
    public static Decision? Principal(IReadOnlyList<Decision> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var oneItem = candidates.Count > 1 && candidates[0].CanonicalReference is not null
            && candidates.All(d => d.DocumentId == candidates[0].DocumentId && d.CanonicalReference == candidates[0].CanonicalReference);
        return oneItem
            ? candidates.OrderBy(d => Array.IndexOf(SubstanceOrder, d.Outcome) is var i and >= 0 ? i : SubstanceOrder.Length)
                .ThenBy(d => d.PageNumber).ThenBy(d => d.TextOffset ?? 0).ThenBy(d => d.DecisionId, StringComparer.Ordinal).First()
            : null;
    }
}
