using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Web.Pages;

/// <summary>Facet counts to show as lists of links, in <see cref="FacetLabels.Order"/>, each value linked by <see cref="Link"/>.</summary>
public sealed record FacetList(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, Func<string, string, string> Link, int Shown = 12)
{
    public IEnumerable<(string Name, IReadOnlyList<FacetValue> Values)> InOrder =>
        Facets.Where(f => f.Value.Count > 0)
            .OrderBy(f => Rank(f.Key))
            .Select(f => (f.Key, f.Value));

    private static int Rank(string name)
    {
        var rank = FacetLabels.Order.ToList().IndexOf(name);
        return rank < 0 ? int.MaxValue : rank;
    }
}
