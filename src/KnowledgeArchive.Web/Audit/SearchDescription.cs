using Microsoft.AspNetCore.Http;

namespace KnowledgeArchive.Web.Audit;

/// <summary>
/// A search as the audit log records it: its words first (<c>q=…</c>), then each filter and the sort as given
/// (<c>q=hearing aids; ccg=NHS North Marsh CCG; outcome=deferred</c>). Paging is left out: the next page of a search is
/// the same search. A request with neither words nor filters (a plain list) is not a search.
/// </summary>
public static class SearchDescription
{
    private static readonly HashSet<string> NotFilters = new(StringComparer.OrdinalIgnoreCase) { "q", "page", "pageSize", "handler" };

    public static string? Of(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        if (query["q"].ToString() is { } q && !string.IsNullOrWhiteSpace(q))
        {
            parts.Add("q=" + q);
        }

        foreach (var (name, values) in query.Where(p => !NotFilters.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            parts.AddRange(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => $"{name}={v}"));
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
