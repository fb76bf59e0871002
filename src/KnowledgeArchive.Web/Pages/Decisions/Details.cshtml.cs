using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Decisions;

/// <summary>One decision and its lineage as a timeline: what it acted on, what acted on it, and the evidence for each link.</summary>
public sealed class DetailsModel(ILineageStore lineage) : PageModel
{
    private const int Depth = 10;

    public LineageGraph Graph { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var graph = await lineage.WalkAsync(id, Depth, cancellationToken);
        if (graph is null)
        {
            return NotFound();
        }

        Graph = graph;
        return Page();
    }

    /// <summary>The links of a decision in plain English, from its own point of view.</summary>
    public IEnumerable<(string Label, string OtherId, LineageEdge Edge)> LinksOf(Decision decision) =>
        Graph.Edges
            .Where(e => e.From == decision.DecisionId || e.To == decision.DecisionId)
            .Select(e => e.From == decision.DecisionId
                ? (Forwards(e.Type), e.To, e)
                : (Backwards(e.Type), e.From, e));

    public Decision? Node(string id) => Graph.Nodes.FirstOrDefault(n => n.DecisionId == id);

    private static string Forwards(string type) => type switch
    {
        LineageEdgeTypes.Supersedes => "supersedes",
        LineageEdgeTypes.Amends => "amends",
        LineageEdgeTypes.Ratifies => "ratifies",
        LineageEdgeTypes.Adopts => "adopts",
        LineageEdgeTypes.DefersTo => "defers to",
        LineageEdgeTypes.TransfersTo => "transfers to",
        _ => "refers to",
    };

    private static string Backwards(string type) => type switch
    {
        LineageEdgeTypes.Supersedes => "superseded by",
        LineageEdgeTypes.Amends => "amended by",
        LineageEdgeTypes.Ratifies => "ratified by",
        LineageEdgeTypes.Adopts => "adopted by",
        LineageEdgeTypes.DefersTo => "deferred by",
        LineageEdgeTypes.TransfersTo => "transferred by",
        _ => "referred to by",
    };
}
