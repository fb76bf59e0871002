using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Extraction;

/// <summary>
/// Finds a PDF's running headers and footers (lines repeated at the top or bottom of most pages, page numbers
/// aside) and takes them out of the page texts, so they neither pose as the title nor pad every page's text.
/// </summary>
public static partial class RunningLines
{
    private const int Zone = 3;

    public static (IReadOnlyList<PageText> Pages, IReadOnlyList<string> Running) Separate(IReadOnlyList<PageText> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count < 2)
        {
            return (pages, []);
        }

        var lines = pages.Select(p => p.Text.Split('\n')).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pageLines in lines)
        {
            foreach (var key in ZoneIndexes(pageLines.Length).Select(i => Key(pageLines[i])).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var threshold = Math.Max(2, (pages.Count + 1) / 2);
        var running = counts.Where(c => c.Value >= threshold).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (running.Count == 0)
        {
            return (pages, []);
        }

        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<PageText>(pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            var pageLines = lines[p];
            var zone = ZoneIndexes(pageLines.Length).ToHashSet();
            var kept = new List<string>(pageLines.Length);
            for (var i = 0; i < pageLines.Length; i++)
            {
                if (zone.Contains(i) && running.Contains(Key(pageLines[i])))
                {
                    found.TryAdd(Key(pageLines[i]), pageLines[i].Trim());

                    continue;
                }

                kept.Add(pageLines[i]);
            }

            result.Add(pages[p] with { Text = TextCleaner.Clean(string.Join('\n', kept)) });
        }

        return (result, found.Values.ToList());
    }

    private static IEnumerable<int> ZoneIndexes(int lineCount)
    {
        for (var i = 0; i < Math.Min(Zone, lineCount); i++)
        {
            yield return i;
        }

        for (var i = Math.Max(Zone, lineCount - Zone); i < lineCount; i++)
        {
            yield return i;
        }
    }

    private static string Key(string line) => Digits().Replace(line.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
