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

    /// <summary>How many gaps of each kind there are (all kinds, of the organisation shown if one is).</summary>
    public IReadOnlyList<(string Reason, int Count)> Kinds { get; private set; } = [];

    /// <summary>How many gaps each CCG or ICB has (all of them, of the kind shown if one is), most first.</summary>
    public IReadOnlyList<(string Organisation, int Count)> Organisations { get; private set; } = [];

    /// <summary>The kind shown, or null for all.</summary>
    public string? Reason { get; private set; }

    /// <summary>The organisation shown, as its gaps name it, or null for all.</summary>
    public string? Organisation { get; private set; }

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyDictionary<string, string> FileNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(string? reason, string? organisation, int? page, CancellationToken cancellationToken)
    {
        var scope = HttpContext.RecordScope();
        var all = await lineageGaps.AllAsync(scope, cancellationToken);
        Reason = reason is not null && LineageGaps.Reasons.Contains(reason) ? reason : null;
        Organisation = all.Select(g => g.Organisation).FirstOrDefault(o => o is not null && string.Equals(o, organisation?.Trim(), StringComparison.OrdinalIgnoreCase));
        var ofOrganisation = LineageGaps.Filter(all, null, Organisation);
        Kinds = [.. LineageGaps.Reasons.Select(r => (r, ofOrganisation.Count(g => g.Reason == r))).Where(k => k.Item2 > 0)];
        Organisations = [.. LineageGaps.Filter(all, Reason, null).Where(g => g.Organisation is not null)
            .GroupBy(g => g.Organisation!, StringComparer.OrdinalIgnoreCase).Select(g => (g.Key, g.Count()))
            .OrderByDescending(o => o.Item2).ThenBy(o => o.Key, StringComparer.OrdinalIgnoreCase)];
        var shown = LineageGaps.Filter(all, Reason, Organisation);
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

    /// <summary>This page's address with the kind, organisation and page given.</summary>
    public static string Link(string? reason, string? organisation, int page) => "/lineage/gaps" + Query(null, reason, organisation, page);

    /// <summary>The gaps CSV's address for the kind and organisation given.</summary>
    public static string CsvLink(string? reason, string? organisation) => "/api/lineage/gaps" + Query("csv", reason, organisation, 1);

    private static string Query(string? format, string? reason, string? organisation, int page)
    {
        var parts = new[]
        {
            format is null ? null : "format=" + format,
            reason is null ? null : "reason=" + reason,
            organisation is null ? null : "organisation=" + Uri.EscapeDataString(organisation),
            page > 1 ? "page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        var query = string.Join('&', parts.Where(p => p is not null));
        return query.Length == 0 ? string.Empty : "?" + query;
    }
}
