using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Security;
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
        var graph = await lineage.WalkAsync(id, Depth, HttpContext.RecordScope(), cancellationToken);
        if (graph is null)
        {
            return NotFound();
        }

        Graph = graph;
        return Page();
    }
}
