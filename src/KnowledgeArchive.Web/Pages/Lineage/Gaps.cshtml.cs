using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Lineage;

/// <summary>The gaps in the record: citations of decisions the archive does not hold, or cannot tell apart.</summary>
public sealed class GapsModel(ILineageStore lineage, IDocumentCatalog catalog) : PageModel
{
    public IReadOnlyList<UnresolvedCitation> Gaps { get; private set; } = [];

    public IReadOnlyDictionary<string, string> FileNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Gaps = await lineage.UnresolvedAsync(cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in Gaps.Select(g => g.Citation.DocumentId).Distinct(StringComparer.Ordinal))
        {
            if (await catalog.FindAsync(id, cancellationToken) is { } document)
            {
                names[id] = document.FileName;
            }
        }

        FileNames = names;
    }
}
