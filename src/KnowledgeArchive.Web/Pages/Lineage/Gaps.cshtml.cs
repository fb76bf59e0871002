using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Gaps;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Lineage;

/// <summary>The gaps in the record: broken citations, deferrals never taken up, policies in conflict.</summary>
public sealed class GapsModel(LineageGaps lineageGaps, IDocumentCatalog catalog) : PageModel
{
    public IReadOnlyList<LineageGapDto> Gaps { get; private set; } = [];

    public IReadOnlyDictionary<string, string> FileNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = HttpContext.RecordScope();
        Gaps = await lineageGaps.AllAsync(scope, cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in Gaps.Select(g => g.DocumentId).Distinct(StringComparer.Ordinal))
        {
            if (await catalog.FindAsync(id, scope, cancellationToken) is { } document)
            {
                names[id] = document.FileName;
            }
        }

        FileNames = names;
    }

    public static string Why(LineageGapDto gap) => gap.Reason switch
    {
        "ambiguous" => $"{gap.Candidates.Count} decisions fit",
        "not_in_archive" => "not in the archive",
        "deferred_never_decided" => "deferred, never decided",
        "conflicting_policies" => "two policies in force",
        _ => gap.Reason,
    };
}
