using System.Text.RegularExpressions;

namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// Running headers and footers: lines at the top or bottom edge of the page that recur (numbers aside) on most pages
/// and stand apart from the body, by a smaller type or a wider gap than lines of text leave. They are taken out of
/// the body so they neither pose as a title nor pad each page, and kept apart.
/// </summary>
internal static partial class RunningRows
{
    private const double Band = 0.15;

    /// <summary>Removes running lines' words from each page's words; returns the running lines' texts in document order.</summary>
    public static IReadOnlyList<string> Separate(IReadOnlyList<(double Height, List<LayoutWord> Words)> pages, double bodySize)
    {
        if (pages.Count < 2)
        {
            return [];
        }

        var lines = pages.Select(p => RowBuilder.Lines(p.Words)).ToList();
        var threshold = Math.Max(2, (pages.Count + 1) / 2);
        var repeated = lines
            .SelectMany((page, p) => Edges(page, pages[p].Height).Select(Key).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal)
            .Where(g => g.Count() >= threshold)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = lines[p];
            foreach (var line in Outer(page, repeated, bodySize).Concat(Outer(Enumerable.Reverse(page).ToList(), repeated, bodySize)))
            {
                found.TryAdd(Key(line), string.Join(' ', line.Select(w => w.Text)));
                pages[p].Words.RemoveAll(line.Contains);
            }
        }

        return found.Values.ToList();
    }

    /// <summary>Lines near the top or bottom edge of a page.</summary>
    private static IEnumerable<List<LayoutWord>> Edges(List<List<LayoutWord>> page, double height) =>
        page.Where(l => l.Min(w => w.Bottom) <= height * Band || l.Max(w => w.Top) >= height * (1 - Band));

    /// <summary>
    /// From the edge inwards, the stack of repeated lines up to the innermost one that stands apart from what follows
    /// it (smaller type, or a gap wider than lines of text leave).
    /// </summary>
    private static List<List<LayoutWord>> Outer(List<List<LayoutWord>> fromEdge, HashSet<string> repeated, double bodySize)
    {
        var stack = fromEdge.TakeWhile(l => repeated.Contains(Key(l))).ToList();
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            var line = stack[k];
            var size = line.Average(w => w.Size);
            var next = k + 1 < fromEdge.Count ? fromEdge[k + 1] : null;
            var gap = next is null ? double.MaxValue : Gap(line, next);
            if (size < bodySize - 0.5 || gap >= Math.Max(8, 1.4 * size))
            {
                return stack.Take(k + 1).ToList();
            }
        }

        return [];
    }

    private static double Gap(List<LayoutWord> a, List<LayoutWord> b) =>
        Math.Max(a.Min(w => w.Bottom) - b.Max(w => w.Top), b.Min(w => w.Bottom) - a.Max(w => w.Top));

    private static string Key(List<LayoutWord> line) =>
        Digits().Replace(string.Join(' ', line.Select(w => w.Text)).ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
