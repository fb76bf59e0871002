using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>The decisions a paper, report or handover document that records none of its own cites.</summary>
internal sealed class PaperCitationRule : ILineageRule
{
    public string Name => "paper-citation";

    public string Explanation => "the document cites the decision by reference or description";

    public IEnumerable<LineageEdge> Find(LineageWork work) => DocumentCitations.Link(work.Pool, work.Unused);
}
