using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// What documents that record no decision of their own cite (a paper's "as approved by the Governing Body in May 2019
/// (GB19/051)", a handover report's list): each resolved citation is a <c>references</c> link from the document to
/// the decision, resolved as a decision's citation would be, within the document's CCG or ICB. Citations that resolve
/// to nothing are left out: a paper mentioning a decision the archive does not hold is not a gap in the record.
/// </summary>
internal static class DocumentCitations
{
    public static IReadOnlyList<LineageEdge> Link(IReadOnlyList<Decision> pool, IReadOnlyList<SourcedCitation> citations)
    {
        var loose = citations.Where(c => c.Citation.FromDecisionId is null && c.Citation.CitedPolicyVersion is null && (c.Ccg is not null || c.Icb is not null)).ToList();
        if (loose.Count == 0)
        {
            return [];
        }

        var citing = loose
            .GroupBy(c => c.Citation.DocumentId, StringComparer.Ordinal)
            .Select(g => new Decision
            {
                DecisionId = LineageNodes.Document(g.Key),
                DocumentId = g.Key,
                Ccg = g.First().Ccg,
                Icb = g.First().Icb,
                Outcome = DecisionOutcomes.Noted,
                Text = string.Empty,
            })
            .ToList();
        var asDecisions = loose
            .Select(c => (c.Citation with { FromDecisionId = LineageNodes.Document(c.Citation.DocumentId), Relation = LineageEdgeTypes.References }, c.Sha256))
            .ToList();
        var (edges, _) = LineageResolver.Resolve([.. pool, .. citing], asDecisions);
        return edges;
    }
}
