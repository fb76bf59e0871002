using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>A printed minute reference ("ratified the decision recorded at minute PCCC/19/11").</summary>
internal sealed class ReferenceRule : ILineageRule
{
    public string Name => "reference";

    public string Explanation => "the document prints the decision's minute reference";

    public IEnumerable<LineageEdge> Find(LineageWork work) => Citations.Resolve(work, c => c.Method == "reference");
}
