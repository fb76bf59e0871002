using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>A CCG decision an ICB adopted after 1 July 2022 was handed on to that ICB.</summary>
internal sealed class HandoverRule : ILineageRule
{
    public string Name => "handover";

    public string Explanation => "inferred from the ICB's adoption of the CCG's decision after the hand-over";

    public IEnumerable<LineageEdge> Find(LineageWork work) => Transfers.Link(work.Pool, work.Edges);
}
