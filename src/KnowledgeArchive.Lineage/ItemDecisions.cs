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

    /// <summary>The item a decision was recorded under: its reference, else the label its minutes print ("5(b)").</summary>
    private static string? Item(Decision decision) =>
        decision.CanonicalReference ?? (decision.ItemLabel is { } label ? "label:" + label : null);

    /// <summary>The one decision a reference names among <paramref name="candidates"/>: the only one, or the principal one of a single item; else null.</summary>
    public static Decision? Principal(IReadOnlyList<Decision> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var oneItem = candidates.Count > 1 && Item(candidates[0]) is { } item
            && candidates.All(d => d.DocumentId == candidates[0].DocumentId && Item(d) == item);
        return oneItem
            ? candidates.OrderBy(d => Array.IndexOf(SubstanceOrder, d.Outcome) is var i and >= 0 ? i : SubstanceOrder.Length)
                .ThenBy(d => d.PageNumber).ThenBy(d => d.TextOffset ?? 0).ThenBy(d => d.DecisionId, StringComparer.Ordinal).First()
            : null;
    }
}
