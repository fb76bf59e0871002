using System.Globalization;

namespace KnowledgeArchive.Web.Pages;

/// <summary>The filters of a search or browse as chips, each with the address that drops it; a whole calendar year is one chip.</summary>
public static class SearchFilterChips
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="filters">The filter parameters in force, by name (ccg, icb, type, body, outcome, sensitivity, from, to).</param>
    /// <param name="without">The current address with the named parameters removed.</param>
    public static IReadOnlyList<FilterChip> Of(IReadOnlyList<(string Name, string? Value)> filters, Func<string[], string> without)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(without);
        var set = filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Name, f => f.Value!.Trim(), StringComparer.Ordinal);
        var year = set.TryGetValue("from", out var from) && set.TryGetValue("to", out var to) ? WholeYear(from, to) : null;
        var chips = new List<FilterChip>();
        foreach (var (name, value) in set)
        {
            if (year is not null && name is "from" or "to")
            {
                // A whole calendar year, as a year facet sets it, is one chip in the place of its dates.
                if (name == "from")
                {
                    chips.Add(new FilterChip(FacetLabels.Of("year"), year, without(["from", "to"])));
                }

                continue;
            }

            chips.Add(new FilterChip(FacetLabels.Of(name), name is "from" or "to" ? Date(value) : value, without([name])));
        }

        return chips;
    }

    private static string? WholeYear(string from, string to) =>
        from.Length == 10 && from.EndsWith("-01-01", StringComparison.Ordinal) && to == from[..4] + "-12-31" ? from[..4] : null;

    private static string Date(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("d MMMM yyyy", British) : value;
}
