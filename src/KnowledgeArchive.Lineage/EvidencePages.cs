using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Puts each link's evidence on the page that prints it: the quoted text is looked for in the stored text of the page
/// the rule named, then in the document's other pages in order (a policy's document control table printed on page 2,
/// a row of an appendix that runs on to the next page). Text found nowhere keeps the page the rule gave.
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

        return pages.FirstOrDefault(p => Prints(p, edge.EvidenceText)) is { } page ? edge with { EvidencePage = page.Number } : edge;
    }

    private static bool Prints(PageText page, string text) => page.Text.Contains(text, StringComparison.Ordinal);
}
