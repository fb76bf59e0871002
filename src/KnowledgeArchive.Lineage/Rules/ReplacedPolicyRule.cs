using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>A CCG adopting a harmonised policy replaces its own policy on the subject.</summary>
internal sealed class ReplacedPolicyRule : ILineageRule
{
    public string Name => "replaced-policy";

    public string Explanation => "inferred from an adoption of a policy on the same subject as the organisation's own";

    public IEnumerable<LineageEdge> Find(LineageWork work) =>
        new ReplacedPolicies(work.Pool, work.Approvals).Link(work.Unused, work.Edges);
}
