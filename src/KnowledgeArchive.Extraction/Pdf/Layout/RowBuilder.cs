namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// Groups a page's words into rows (words sharing a line's height) and splits each row into items where a gap wider
/// than a word space separates them: the gutter between columns, a margin label and its text, table cells.
/// </summary>
internal static class RowBuilder
{
    public static List<LayoutRow> Build(IReadOnlyList<LayoutWord> words, IReadOnlyList<LayoutTable> tables, double splitGap)
    {
        var rows = new List<LayoutRow>();
        foreach (var line in Lines(words))
        {
            var items = new List<LayoutItem>();
            var current = new List<LayoutWord> { line[0] };
            var gap = Math.Max(splitGap, 0.9 * line.Average(w => w.Size));
            for (var i = 1; i < line.Count; i++)
            {
                if (line[i].Left - current[^1].Right > gap)
                {
                    items.Add(new LayoutItem(current));
                    current = [];
                }

                current.Add(line[i]);
            }

            items.Add(new LayoutItem(current));
            rows.Add(new LayoutRow(items));
        }

        rows.AddRange(tables.Select(t => new LayoutRow([new LayoutItem(t)])));
        return rows.OrderByDescending(r => r.Top).ThenBy(r => r.Left).ToList();
    }

    /// <summary>
    /// Words in lines, top to bottom, each line left to right: words sharing a baseline are one line, and a line of
    /// small words just above another (superscripts, as in "3rd") belongs to it.
    /// </summary>
    public static List<List<LayoutWord>> Lines(IReadOnlyList<LayoutWord> words)
    {
        var lines = new List<(double Baseline, double Size, List<LayoutWord> Words)>();
        foreach (var word in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            var index = -1;
            for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 6; i--)
            {
                if (Math.Abs(lines[i].Baseline - word.Baseline) <= 0.2 * Math.Max(1, Math.Min(lines[i].Size, word.Size)))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                lines.Add((word.Baseline, word.Size, [word]));
            }
            else
            {
                lines[index].Words.Add(word);
            }
        }

        for (var i = lines.Count - 2; i >= 0; i--)
        {
            var (baseline, size, small) = lines[i];
            var below = lines[i + 1];
            if (small.All(w => w.Size < 0.85 * below.Size) && baseline - below.Baseline < 0.7 * below.Size && baseline > below.Baseline
                && small.Any(w => below.Words.Any(b => Math.Abs(b.Right - w.Left) < below.Size || Math.Abs(w.Right - b.Left) < below.Size)))
            {
                below.Words.AddRange(small);
                lines.RemoveAt(i);
            }
        }

        // A bullet glyph often sits on a baseline of its own: it belongs to the line level with its middle.
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var bullet = lines[i].Words;
            if (!bullet.All(w => RowReading.IsBullet(w.Text)))
            {
                continue;
            }

            var centre = bullet.Average(w => w.CentreY);
            var target = Enumerable.Range(Math.Max(0, i - 2), Math.Min(lines.Count, i + 3) - Math.Max(0, i - 2))
                .Where(j => j != i && lines[j].Words.Min(w => w.Bottom) <= centre && lines[j].Words.Max(w => w.Top) >= centre
                    && lines[j].Words.Min(w => w.Left) > bullet.Max(w => w.Left))
                .Select(j => (int?)j)
                .FirstOrDefault();
            if (target is { } t)
            {
                lines[t].Words.AddRange(bullet);
                lines.RemoveAt(i);
            }
        }

        return lines.Select(l => l.Words.OrderBy(w => w.Left).ToList()).Where(l => l.Count > 0).ToList();
    }

    /// <summary>The gap above which words are not one run of text: well over the page's usual space between words.</summary>
    public static double SplitGap(IReadOnlyList<LayoutWord> words)
    {
        var gaps = new List<double>();
        foreach (var line in Lines(words))
        {
            for (var i = 1; i < line.Count; i++)
            {
                var gap = line[i].Left - line[i - 1].Right;
                if (gap > 0 && gap < line[i].Size)
                {
                    gaps.Add(gap);
                }
            }
        }

        var median = gaps.Count == 0 ? 3 : gaps.Order().ElementAt(gaps.Count / 2);
        return Math.Max(3.5 * median, 6);
    }
}
