namespace KnowledgeArchive.Web.Pages;

/// <summary>Addresses of a filtered page with some parameters changed: for facet links, sort links and pagers.</summary>
public static class PageLinks
{
    /// <summary>
    /// <paramref name="path"/> with the <paramref name="current"/> query values, <paramref name="changes"/> applied
    /// (a null value removes one); blank values are left out.
    /// </summary>
    public static string Build(string path, IEnumerable<(string Name, string? Value)> current, IEnumerable<(string Name, string? Value)> changes)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(changes);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in current.Concat(changes))
        {
            values[name] = value;
        }

        var pairs = values.Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value!)}");
        return path + "?" + string.Join('&', pairs);
    }
}
