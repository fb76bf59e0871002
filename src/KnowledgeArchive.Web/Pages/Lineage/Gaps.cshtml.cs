using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.Gaps;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Lineage;

/// <summary>The gaps in the record: broken citations, deferrals never taken up, policies in conflict.</summary>
public sealed class GapsModel(LineageGaps lineageGaps, IDocumentCatalog catalog) : PageModel
{
    public const int PageSize = 100;

    /// <summary>The gaps shown: of the kind asked for, one page of them.</summary>
    public IReadOnlyList<LineageGapDto> Gaps { get; private set; } = [];

    /// <summary>How many gaps of each kind there are (all kinds, whatever is shown).</summary>
    public IReadOnlyList<(string Reason, int Count)> Kinds { get; private set; } = [];

    /// <summary>The kind shown, or null for all.</summary>
    public string? Reason { get; private set; }

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyDictionary<string, string> FileNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(string? reason, int? page, CancellationToken cancellationToken)
    {
        var scope = HttpContext.RecordScope();
        var all = await lineageGaps.AllAsync(scope, cancellationToken);
        Kinds = [.. LineageGaps.Reasons.Select(r => (r, all.Count(g => g.Reason == r))).Where(k => k.Item2 > 0)];
        Reason = reason is not null && LineageGaps.Reasons.Contains(reason) ? reason : null;
        var shown = all.Where(g => Reason is null || g.Reason == Reason).ToList();
        Total = shown.Count;
        PageNumber = Math.Clamp(page ?? 1, 1, Pages);
        Gaps = [.. shown.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
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

    public static string Why(LineageGapDto gap) => gap.Reason == "ambiguous" ? $"{gap.Candidates.Count} decisions fit" : Kind(gap.Reason);

    /// <summary>A kind of gap in words.</summary>
    public static string Kind(string reason) => reason switch
    {
        "ambiguous" => "several decisions fit",
        "not_in_archive" => "not in the archive",
        "deferred_never_decided" => "deferred, never decided",
        "conflicting_policies" => "two policies in force",
        _ => reason,
    };

    /// <summary>This page's address with the kind and page given.</summary>
    public static string Link(string? reason, int page) =>
        "/lineage/gaps" + (reason is null ? (page > 1 ? $"?page={page}" : string.Empty) : $"?reason={reason}" + (page > 1 ? $"&page={page}" : string.Empty));
}
