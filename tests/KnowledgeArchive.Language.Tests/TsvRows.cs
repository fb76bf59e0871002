namespace KnowledgeArchive.Language.Tests;

/// <summary>Reads the tab-separated tables under Data/ (a header line, then one row per case) as xUnit theory data.</summary>
internal static class TsvRows
{
    public static TheoryData<string, string, string, string> Read(string file, Func<string[], bool> keep, params int[] columns)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", file)).Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split('\t');
            if (keep(cells))
            {
                data.Add(cells[columns[0]], cells[columns[1]], cells[columns[2]], cells[columns[3]]);
            }
        }

        return data;
    }

    public static string Cell(string[] cells, int column) => column < cells.Length ? cells[column] : string.Empty;
}
