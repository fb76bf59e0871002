using KnowledgeArchive.Extraction.Pdf.Layout;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>
/// Finds the rules printed on a scanned page (the lines tables and decision boxes are drawn with), so a scanned table
/// is found by the same <see cref="RuledTableFinder"/> as a born-digital one. A rule is a long, thin stretch of ink:
/// runs of ink along rows (or columns) that touch from one row to the next are joined, which keeps a slightly
/// skewed rule whole, and what is long enough and thin for its length is a rule. Letters are never that long.
/// </summary>
internal static class ScanRules
{
    private const double MinRuleInches = 0.6;

    /// <summary>A table's cell dividers may be as short as one row; only those touching other rules make a table.</summary>
    private const double MinDividerInches = 0.2;
    private const double MinPieceInches = 0.06;
    private const double MaxSkew = 0.02;
    private const int Thickness = 8;

    /// <summary>The page's rules in points (y up), turned back by <paramref name="skew"/> as the words are.</summary>
    public static List<Ruling> Find(GrayPicture picture, int dpi, double pointsPerPixel, double pageHeight, double skew = 0)
    {
        var minRule = (int)(MinRuleInches * dpi);
        var minDivider = (int)(MinDividerInches * dpi);
        var minPiece = Math.Max(4, (int)(MinPieceInches * dpi));
        var rules = new List<Ruling>();
        foreach (var (from, to, across0, across1) in Lines(picture.Height, picture.Width, (along, across) => picture.IsMarked(along, across), minPiece, minRule))
        {
            // A rule keeps its length; its middle is turned back like the words.
            var (mx, my) = OcrLayout.Straight((from + to) / 2.0, (across0 + across1) / 2.0, skew, picture.Width, picture.Height);
            var y = pageHeight - (my * pointsPerPixel);
            rules.Add(new Ruling((mx - ((to - from) / 2.0)) * pointsPerPixel, y, (mx + ((to - from) / 2.0)) * pointsPerPixel, y));
        }

        foreach (var (from, to, across0, across1) in Lines(picture.Width, picture.Height, (along, across) => picture.IsMarked(across, along), minPiece, minDivider))
        {
            var (mx, my) = OcrLayout.Straight((across0 + across1) / 2.0, (from + to) / 2.0, skew, picture.Width, picture.Height);
            var x = mx * pointsPerPixel;
            rules.Add(new Ruling(x, pageHeight - ((my + ((to - from) / 2.0)) * pointsPerPixel), x, pageHeight - ((my - ((to - from) / 2.0)) * pointsPerPixel)));
        }

        return rules;
    }

    /// <summary>
    /// Long thin marks along one direction: for each line across (a row for horizontal rules), the runs of ink of at
    /// least <paramref name="minPiece"/>; runs on neighbouring lines that overlap are joined.
    /// </summary>
    private static List<(int From, int To, int Across0, int Across1)> Lines(int acrossCount, int alongCount, Func<int, int, bool> ink, int minPiece, int minRule)
    {
        var runs = new List<(int Across, int From, int To)>();
        for (var across = 0; across < acrossCount; across++)
        {
            var start = -1;
            for (var along = 0; along <= alongCount; along++)
            {
                var dark = along < alongCount && ink(along, across);
                if (dark && start < 0)
                {
                    start = along;
                }
                else if (!dark && start >= 0)
                {
                    if (along - start >= minPiece)
                    {
                        runs.Add((across, start, along));
                    }

                    start = -1;
                }
            }
        }

        var parent = Enumerable.Range(0, runs.Count).ToArray();
        var previousRow = new List<int>();
        var currentRow = new List<int>();
        var row = -1;
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].Across != row)
            {
                (previousRow, currentRow) = runs[i].Across == row + 1 ? (currentRow, previousRow) : ([], previousRow);
                currentRow.Clear();
                row = runs[i].Across;
            }

            foreach (var j in previousRow)
            {
                if (runs[j].From <= runs[i].To + 1 && runs[i].From <= runs[j].To + 1)
                {
                    Union(parent, i, j);
                }
            }

            currentRow.Add(i);
        }

        return Enumerable.Range(0, runs.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => (From: g.Min(i => runs[i].From), To: g.Max(i => runs[i].To), Across0: g.Min(i => runs[i].Across), Across1: g.Max(i => runs[i].Across)))
            .Where(l => l.To - l.From >= minRule && l.Across1 - l.Across0 <= Thickness + (MaxSkew * (l.To - l.From)))
            .ToList();
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}
