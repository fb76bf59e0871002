namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>The cells of a pipe table's row (<c>| Ref | Decision |</c>): split at pipes not escaped with a backslash.</summary>
internal static class PipeTable
{
    public static IReadOnlyList<string> Cells(string row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var line = row.Trim();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        cells.Add(cell.ToString().Trim());
        var first = line.StartsWith('|') ? 1 : 0;
        var last = line.EndsWith('|') && !line.EndsWith("\\|", StringComparison.Ordinal) ? cells.Count - 1 : cells.Count;
        return cells.GetRange(first, Math.Max(0, last - first));
    }
}
