using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>A policy's version history: each version's approval supersedes or amends the one before it.</summary>
internal sealed class VersionHistoryRule : ILineageRule
{
    public string Name => "version-history";

    public string Explanation => "inferred from the policy's version history table";

    public IEnumerable<LineageEdge> Find(LineageWork work) =>
        new PolicyControlLinks(work.Wording).History(work.Approvals, work.Decisions, work.Known);
}
