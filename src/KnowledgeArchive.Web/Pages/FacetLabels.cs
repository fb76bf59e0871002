namespace KnowledgeArchive.Web.Pages;

/// <summary>What each facet and filter is called on the pages: one list for the search, browse and decisions pages.</summary>
public static class FacetLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["ccg"] = "CCG",
        ["icb"] = "ICB",
        ["type"] = "Type",
        ["body"] = "Body",
        ["outcome"] = "Outcome",
        ["year"] = "Year",
        ["sensitivity"] = "Sensitivity",
        ["from"] = "From",
        ["to"] = "To",
    };

    /// <summary>The order facets are shown in: who, then what, then when.</summary>
    public static IReadOnlyList<string> Order { get; } = ["ccg", "icb", "body", "type", "outcome", "year", "sensitivity"];

    public static string Of(string name) => Labels.GetValueOrDefault(name) ?? name;
}
