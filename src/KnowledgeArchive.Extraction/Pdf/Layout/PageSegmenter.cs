namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// Puts a page's rows into reading order. Where consecutive rows share an empty vertical strip (a gutter) with text
/// on both sides, the strip divides them, and what is on each side says how to read them: two wide sides of running
/// text are columns, read one after the other; a narrow side of short labels is a margin whose labels belong to the
/// lines beside them; anything else is a table read row by row.
/// </summary>
internal sealed class PageSegmenter(double minGutter)
{
    private const int MaxRows = 600;
    private const double NarrowSide = 0.3;

    public List<ILayoutElement> Read(IReadOnlyList<LayoutRow> rows) => Read(rows, 0);

    private List<ILayoutElement> Read(IReadOnlyList<LayoutRow> rows, int depth)
    {
        var elements = new List<ILayoutElement>();
        var i = 0;
        while (i < rows.Count)
        {
            var run = depth < 4 && rows.Count <= MaxRows ? FindRun(rows, i) : null;
            if (run is null)
            {
                elements.AddRange(RowReading.Read(rows[i]));
                i++;
                continue;
            }

            var (end, gutters) = run.Value;
            elements.AddRange(ReadRun(rows.Skip(i).Take(end - i).ToList(), gutters, depth));
            i = end;
        }

        return elements;
    }

    /// <summary>The longest run of rows from <paramref name="start"/> sharing a gutter with text on both sides, or null.</summary>
    private (int End, List<(double From, double To)> Gutters)? FindRun(IReadOnlyList<LayoutRow> rows, int start)
    {
        var left = rows.Min(r => r.Left);
        var right = rows.Max(r => r.Right);
        bool Inner((double From, double To) strip) => strip.From > left + 1 && strip.To < right - 1;

        var free = Free(rows[start], left, right);
        var end = start + 1;
        while (end < rows.Count)
        {
            var next = Intersect(free, Free(rows[end], left, right));
            if (next.Count == 0 || (free.Any(Inner) && !next.Any(Inner)))
            {
                break;
            }

            free = next;
            end++;
        }

        var run = rows.Skip(start).Take(end - start).ToList();
        var gutters = free.Where(g => Inner(g) && BothSides(run, g) >= 1 && run.Count(r => r.Items.Any(i => i.Right <= g.From)) >= 2).ToList();
        return gutters.Count == 0 || run.Count < 2 ? null : (end, gutters);
    }

    private List<ILayoutElement> ReadRun(List<LayoutRow> run, List<(double From, double To)> gutters, int depth)
    {
        if (gutters.Count >= 2 && run.Count(r => Columns(r, gutters) >= 3) >= 2)
        {
            return RowTables.Build(run, gutters);
        }

        var gutter = gutters.MaxBy(g => BothSides(run, g) * 1000 + (g.To - g.From));
        var middle = (gutter.From + gutter.To) / 2;
        var leftRows = run.Select(r => r.Side(middle, left: true)).OfType<LayoutRow>().ToList();
        var rightRows = run.Select(r => r.Side(middle, left: false)).OfType<LayoutRow>().ToList();
        var width = run.Max(r => r.Right) - run.Min(r => r.Left);
        var leftWidth = leftRows.Max(r => r.Right) - leftRows.Min(r => r.Left);
        var rightWidth = rightRows.Max(r => r.Right) - rightRows.Min(r => r.Left);

        if (leftWidth <= NarrowSide * width && MarginLabels.AreLabels(leftRows))
        {
            return MarginLabels.Attach(MarginLabels.Gather(leftRows), Read(rightRows, depth + 1));
        }

        if (leftWidth >= NarrowSide * width && rightWidth >= NarrowSide * width && IsProse(leftRows) && IsProse(rightRows))
        {
            return [.. Read(leftRows, depth + 1), .. Read(rightRows, depth + 1)];
        }

        return RowTables.Build(run, [gutter]);
    }

    /// <summary>Running text: most of its lines are runs of several words, not short entries.</summary>
    private static bool IsProse(List<LayoutRow> rows)
    {
        var items = rows.SelectMany(r => r.Items).Where(i => i.Table is null).ToList();
        return items.Count >= 3 && items.Count(i => i.Words.Count >= 4) * 2 >= items.Count;
    }

    private static int Columns(LayoutRow row, List<(double From, double To)> gutters)
    {
        var bounds = gutters.Select(g => (g.From + g.To) / 2).Order().ToList();
        return row.Items.Select(i => bounds.Count(b => b < i.Left)).Distinct().Count();
    }

    private static int BothSides(List<LayoutRow> run, (double From, double To) gutter) =>
        run.Count(r => r.Items.Any(i => i.Right <= gutter.From) && r.Items.Any(i => i.Left >= gutter.To));

    /// <summary>The strips of [left, right] no item of the row covers, wide enough for a gutter, not at either edge.</summary>
    private List<(double From, double To)> Free(LayoutRow row, double left, double right)
    {
        var free = new List<(double, double)>();
        var at = left;
        foreach (var item in row.Items.OrderBy(i => i.Left))
        {
            if (item.Left - at >= minGutter)
            {
                free.Add((at, item.Left));
            }

            at = Math.Max(at, item.Right);
        }

        if (right - at >= minGutter)
        {
            free.Add((at, right));
        }

        return free;
    }

    private List<(double From, double To)> Intersect(List<(double From, double To)> a, List<(double From, double To)> b)
    {
        var result = new List<(double, double)>();
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var from = Math.Max(x.From, y.From);
                var to = Math.Min(x.To, y.To);
                if (to - from >= minGutter)
                {
                    result.Add((from, to));
                }
            }
        }

        return result;
    }
}
