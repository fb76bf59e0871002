using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Web.Pages;

/// <summary>Decisions in date order with their links, each link in plain English from the decision's own point of view.</summary>
public sealed record TimelineModel(IReadOnlyList<Decision> Nodes, IReadOnlyList<LineageEdge> Edges, string? CurrentId)
{
    public IEnumerable<(string Label, string OtherId, LineageEdge Edge)> LinksOf(Decision decision) =>
        Edges
            .Where(e => e.From == decision.DecisionId || e.To == decision.DecisionId)
            .Select(e => e.From == decision.DecisionId ? (EdgeLabels.Forwards(e.Type), e.To, e) : (EdgeLabels.Backwards(e.Type), e.From, e));

    public Decision? Node(string id) => Nodes.FirstOrDefault(n => n.DecisionId == id);
}
