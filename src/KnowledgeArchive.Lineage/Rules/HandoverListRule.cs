using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>
/// A CCG's handover paper listing what transfers to its ICB ("Policies transferring to the ICB", a row each with the
/// minute that approved the policy): each CCG decision a listed row cites transfers to the paper's ICB.
/// </summary>
internal sealed class HandoverListRule : ILineageRule
{
    private const double Confidence = 0.8;

    public string Name => "handover-list";

    public string Explanation => "inferred from a handover paper's list of what transfers to the ICB";

    public IEnumerable<LineageEdge> Find(LineageWork work)
    {
        var listed = work.Citations
            .Where(c => c.Citation.FromDecisionId is null && c.Citation.Relation == LineageEdgeTypes.TransfersTo && c.Icb is not null)
            .ToLookup(c => (c.Citation.DocumentId, c.Citation.PageNumber, c.Citation.Text));
        var ccgDecisions = work.Pool.Where(d => d.Ccg is not null).Select(d => d.DecisionId).ToHashSet(StringComparer.Ordinal);
        foreach (var cites in work.Edges.Where(e => e.Type == LineageEdgeTypes.References && ccgDecisions.Contains(e.To)))
        {
            if (LineageNodes.DocumentId(cites.From) is { } document
                && listed[(document, cites.EvidencePage, cites.EvidenceText)].FirstOrDefault() is { } row)
            {
                yield return cites with
                {
                    From = cites.To,
                    To = LineageNodes.Organisation(row.Icb!),
                    Type = LineageEdgeTypes.TransfersTo,
                    Confidence = Confidence,
                };
            }
        }
    }
}
