using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>
/// Table rows listing policies with the decision that put each in force for a CCG: an ICB's adoption appendix, a
/// handover statement's list of policies transferring.
/// </summary>
internal sealed class PolicyTableRule : ILineageRule
{
    public string Name => "policy-table";

    public string Explanation => "inferred from a table row listing the policy with the decision that put it in force";

    public IEnumerable<LineageEdge> Find(LineageWork work)
    {
        var (edges, used) = new PolicyRows(work.Pool, work.Approvals, work.Known).Link(work.Unused);
        work.Use(used);
        return edges;
    }
}
