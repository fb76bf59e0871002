using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Lineage;

namespace KnowledgeArchive.Web.Gaps;

/// <summary>Every gap in the record: unresolved citations, deferrals never taken up, and conflicting policies.</summary>
public sealed class LineageGaps(ILineageStore lineage, IDecisionStore decisions)
{
    public async Task<IReadOnlyList<LineageGapDto>> AllAsync(CancellationToken cancellationToken)
    {
        var gaps = new List<LineageGapDto>();
        gaps.AddRange((await lineage.UnresolvedAsync(cancellationToken)).Select(g =>
            new LineageGapDto(g.Citation.DocumentId, g.Citation.PageNumber, g.Citation.Text, g.Citation.Relation, g.Citation.CitedReference, g.Citation.FromDecisionId, g.Reason, g.Candidates)));
        gaps.AddRange(GapFinder.DeferredNeverDecided(await decisions.AllDecisionsAsync(cancellationToken)).Select(d =>
            new LineageGapDto(d.DocumentId, d.PageNumber, d.Text, LineageEdgeTypes.DefersTo, d.Reference, d.DecisionId, "deferred_never_decided", [])));
        gaps.AddRange(GapFinder.ConflictingPolicies(await decisions.AllPoliciesAsync(cancellationToken)).Select(c =>
            new LineageGapDto(
                c.First.DocumentId,
                1,
                $"{c.First.Policy.Title ?? c.First.Title} {c.First.Policy.Reference} v{c.First.Policy.Version} and {c.Second.Policy.Title ?? c.Second.Title} {c.Second.Policy.Reference} v{c.Second.Policy.Version} are both in force for {c.First.Ccg ?? c.First.Icb}",
                LineageEdgeTypes.Supersedes,
                c.Second.Policy.Reference,
                null,
                "conflicting_policies",
                [c.First.DocumentId, c.Second.DocumentId])));
        return gaps;
    }
}
