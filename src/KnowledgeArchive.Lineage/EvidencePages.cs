using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Puts each link's evidence on the page that prints it: the quoted text is looked for in the stored text of the page
/// the rule named, then in the document's other pages in order (a policy's document control table printed on page 2,
/// a row of an appendix that runs on to the next page). A table row whose cells were read apart from how the page's
/// text joins them ("criteria; | supersedes v1.0" against "criteria; supersedes v1.0") is quoted as the page prints
/// it. Text found nowhere keeps the page the rule gave.
/// </summary>
public static class EvidencePages
{
    public static async Task<IReadOnlyList<LineageEdge>> PlaceAsync(IReadOnlyList<LineageEdge> edges, Func<string, Task<IReadOnlyList<PageText>>> pagesOf)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(pagesOf);
        var documents = new Dictionary<string, IReadOnlyList<PageText>>(StringComparer.Ordinal);
        var placed = new List<LineageEdge>(edges.Count);
        foreach (var edge in edges)
        {
            if (!documents.TryGetValue(edge.EvidenceDocumentId, out var pages))
            {
                pages = await pagesOf(edge.EvidenceDocumentId);
                documents[edge.EvidenceDocumentId] = pages;
            }

            placed.Add(Place(edge, pages));
        }

        return placed;
    }

    private static LineageEdge Place(LineageEdge edge, IReadOnlyList<PageText> pages)
    {
        if (edge.EvidenceText.Length == 0 || pages.FirstOrDefault(p => p.Number == edge.EvidencePage) is { } named && Prints(named, edge.EvidenceText))
        {
            return edge;
        }

        if (pages.FirstOrDefault(p => Prints(p, edge.EvidenceText)) is { } page)
        {
            return edge with { EvidencePage = page.Number };
        }

        var ordered = pages.OrderBy(p => p.Number == edge.EvidencePage ? 0 : 1).ThenBy(p => p.Number);
        foreach (var candidate in ordered)
        {
            if (AsPrinted(candidate.Text, edge.EvidenceText) is { } printed)
            {
                return edge with { EvidencePage = candidate.Number, EvidenceText = printed };
            }
        }

        return edge;
    }

    private static bool Prints(PageText page, string text) => page.Text.Contains(text, StringComparison.Ordinal);

    /// <summary>
    /// The span of <paramref name="page"/> that reads as <paramref name="quoted"/> once spacing and the cell separators
    /// of a table row are set aside, exactly as the page prints it; null when there is none.
    /// </summary>
    private static string? AsPrinted(string page, string quoted)
    {
        var (pageKey, pageAt) = Key(page);
        var (quotedKey, _) = Key(quoted);
        if (quotedKey.Length == 0)
        {
            return null;
        }

        var at = pageKey.IndexOf(quotedKey, StringComparison.Ordinal);
        return at < 0 ? null : page[pageAt[at]..(pageAt[at + quotedKey.Length - 1] + 1)];
    }

    /// <summary>The text without spacing or cell separators, and where each kept character stands in the original.</summary>
    private static (string Key, List<int> At) Key(string text)
    {
        var key = new System.Text.StringBuilder(text.Length);
        var at = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '|')
            {
                key.Append(text[i]);
                at.Add(i);
            }
        }

        return (key.ToString(), at);
    }
}
