namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// Rows whose text lines up in columns without rules drawn: each row is a table row, its items go to the column
/// they stand in, and a row with nothing in the first column carries on the cells of the row above.
/// </summary>
internal static class RowTables
{
    public static List<ILayoutElement> Build(List<LayoutRow> run, List<(double From, double To)> gutters)
    {
        var bounds = gutters.Select(g => (g.From + g.To) / 2).Order().ToList();
        var elements = new List<ILayoutElement>();
        var rows = new List<List<List<LayoutWord>>>();
        foreach (var row in run)
        {
            if (row.IsTable)
            {
                Flush();
                elements.Add(row.Items[0].Table!);
                continue;
            }

            var cells = Enumerable.Range(0, bounds.Count + 1).Select(_ => new List<LayoutWord>()).ToList();
            foreach (var item in row.Items)
            {
                cells[bounds.Count(b => b < item.Left)].AddRange(item.Words);
            }

            if (rows.Count > 0 && cells[0].Count == 0)
            {
                for (var c = 0; c < cells.Count; c++)
                {
                    rows[^1][c].AddRange(cells[c]);
                }
            }
            else
            {
                rows.Add(cells);
            }
        }

        Flush();
        return elements;

        void Flush()
        {
            if (rows.Count == 0)
            {
                return;
            }

            var words = rows.SelectMany(r => r.SelectMany(c => c)).ToList();
            var cellLines = rows
                .Select(r => (IReadOnlyList<IReadOnlyList<LayoutLine>>)r.Select(c => (IReadOnlyList<LayoutLine>)RowBuilder.Lines(c).Select(RowReading.Line).ToList()).ToList())
                .ToList();
            elements.Add(new LayoutTable(words.Min(w => w.Left), words.Max(w => w.Right), words.Min(w => w.Bottom), words.Max(w => w.Top), cellLines));
            rows.Clear();
        }
    }
}
