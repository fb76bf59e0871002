using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>A decision described in words: its body and date, and where several fit, its subject.</summary>
internal sealed class DescriptionRule : ILineageRule
{
    public string Name => "description";

    public string Explanation => "inferred from a description (body, date and subject) that only this decision fits";

    public IEnumerable<LineageEdge> Find(LineageWork work) => Citations.Resolve(work, c => c.Method != "reference");
}
