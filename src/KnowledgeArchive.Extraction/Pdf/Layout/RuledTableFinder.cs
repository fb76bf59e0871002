namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// Finds tables drawn with rules: rules that touch one another form a grid; its horizontal rules divide rows, and the
/// vertical rules that cross a row divide its cells (so a cell merged across columns stays one cell). A box around a
/// single cell is not a table.
/// </summary>
internal static class RuledTableFinder
{
    private const double Touch = 2.5;
    private const double MinRowHeight = 3;

    public static List<LayoutTable> Find(IReadOnlyList<Ruling> rulings, List<LayoutWord> words, double splitGap)
    {
        var tables = new List<LayoutTable>();
        foreach (var grid in Grids(rulings))
        {
            var left = grid.Min(r => r.X1);
            var right = grid.Max(r => r.X2);
            var bottom = grid.Min(r => r.Y1);
            var top = grid.Max(r => r.Y2);
            var inside = words.Where(w => w.CentreX >= left - 1 && w.CentreX <= right + 1 && w.CentreY >= bottom - 1 && w.CentreY <= top + 1).ToList();
            if (inside.Count == 0)
            {
                continue;
            }

            var rowLines = Distinct(grid.Where(r => r.IsHorizontal).Select(r => r.Y1).Append(top).Append(bottom)).OrderByDescending(y => y).ToList();
            var verticals = grid.Where(r => r.IsVertical).ToList();
            var rows = new List<IReadOnlyList<IReadOnlyList<LayoutLine>>>();
            for (var i = 0; i + 1 < rowLines.Count; i++)
            {
                var (high, low) = (rowLines[i], rowLines[i + 1]);
                if (high - low < MinRowHeight)
                {
                    continue;
                }

                var rowWords = inside.Where(w => w.CentreY <= high && w.CentreY > low).ToList();
                if (rowWords.Count == 0)
                {
                    continue;
                }

                var middle = (high + low) / 2;
                var columnLines = Distinct(verticals.Where(v => v.Y1 <= middle && v.Y2 >= middle).Select(v => v.X1).Append(left).Append(right)).Order().ToList();
                var cells = new List<IReadOnlyList<LayoutLine>>();
                for (var c = 0; c + 1 < columnLines.Count; c++)
                {
                    var (from, to) = (columnLines[c], columnLines[c + 1]);
                    if (to - from < MinRowHeight)
                    {
                        continue;
                    }

                    cells.Add(RowBuilder.Lines(rowWords.Where(w => w.CentreX >= from && w.CentreX < to).ToList()).Select(RowReading.Line).ToList());
                }

                rows.Add(cells);
            }

            // One cell is a box drawn round some text, not a table: its words read as the page's.
            if (rows.Count == 0 || rows.All(r => r.Count(c => c.Count > 0) <= 1) && rows.Count == 1)
            {
                continue;
            }

            var kept = rows.Count == 1 || rows.Any(r => r.Count > 1) ? rows : SplitByGaps(rows, splitGap);
            tables.Add(new LayoutTable(left, right, bottom, top, kept));
            words.RemoveAll(inside.Contains);
        }

        return tables;
    }

    /// <summary>A grid with no vertical rules: its cells are the runs of words a wide gap separates.</summary>
    private static List<IReadOnlyList<IReadOnlyList<LayoutLine>>> SplitByGaps(List<IReadOnlyList<IReadOnlyList<LayoutLine>>> rows, double splitGap) =>
        rows.Select(row => (IReadOnlyList<IReadOnlyList<LayoutLine>>)RowBuilder.Build(row.SelectMany(c => c).SelectMany(l => l.Words).ToList(), [], splitGap)
            .SelectMany(r => r.Items.Select((item, i) => (i, item)))
            .GroupBy(x => x.i)
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<LayoutLine>)g.Select(x => RowReading.Line(x.item.Words)).ToList())
            .ToList()).ToList();

    private static IEnumerable<List<Ruling>> Grids(IReadOnlyList<Ruling> rulings)
    {
        var all = rulings.Take(2000).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                if (Touches(all[i], all[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return all.Select((r, i) => (Root: Find(i), Ruling: r))
            .GroupBy(x => x.Root)
            .Select(g => g.Select(x => x.Ruling).ToList())
            .Where(g => Distinct(g.Where(r => r.IsHorizontal).Select(r => r.Y1)).Count >= 2 && g.Any(r => r.IsVertical));
    }

    private static bool Touches(Ruling a, Ruling b)
    {
        if (a.IsHorizontal == b.IsHorizontal)
        {
            // Pieces of one rule drawn apart, or two rules meeting end to end.
            return a.IsHorizontal
                ? Math.Abs(a.Y1 - b.Y1) < 0.6 && a.X1 <= b.X2 + Touch && b.X1 <= a.X2 + Touch
                : Math.Abs(a.X1 - b.X1) < 0.6 && a.Y1 <= b.Y2 + Touch && b.Y1 <= a.Y2 + Touch;
        }

        var (h, v) = a.IsHorizontal ? (a, b) : (b, a);
        return v.X1 >= h.X1 - Touch && v.X1 <= h.X2 + Touch && h.Y1 >= v.Y1 - Touch && h.Y1 <= v.Y2 + Touch;
    }

    private static List<double> Distinct(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var value in values.Order())
        {
            if (result.Count == 0 || value - result[^1] > 1.5)
            {
                result.Add(value);
            }
        }

        return result;
    }
}
