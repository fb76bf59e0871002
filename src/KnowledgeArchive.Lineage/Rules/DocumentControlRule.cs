using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>A policy's document control: who approved this version, who ratified that approval.</summary>
internal sealed class DocumentControlRule : ILineageRule
{
    public string Name => "document-control";

    public string Explanation => "inferred from the policy's document control table (approved by, ratified by)";

    public IEnumerable<LineageEdge> Find(LineageWork work)
    {
        var (edges, approvals) = new PolicyControlLinks(work.Wording).Derive(work.Policies, work.Decisions, work.Known);
        work.AddApprovals(approvals);
        return edges;
    }
}
