using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>A policy that names the version it replaces, whose version table does not say who approved that version.</summary>
internal sealed class StatedVersionRule : ILineageRule
{
    public string Name => "stated-version";

    public string Explanation => "inferred from the policy naming the version it replaces, matched to that version's approval";

    public IEnumerable<LineageEdge> Find(LineageWork work) =>
        new VersionCitations(work.Pool, work.Approvals).Link(work.Citations, work.Edges);
}
