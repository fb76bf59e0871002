using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>
/// Writes a workbook's sheets as the archive reads them: each sheet with filled cells is a page, headed by the
/// sheet's name, its filled rows written as tables, one for each run of rows that blank rows set apart (a register's
/// first row is its header). Columns empty throughout a table are left out and trailing empty cells trimmed, so a
/// sheet laid out with gaps reads as its content. Sheets with no filled cell are left out.
/// </summary>
/// <remarks>Readers give cells row by row, in reading order, with their row and column numbers; empty cells need not be given.</remarks>
internal sealed class SheetWriter(DocumentAssembler output)
{
    private readonly List<SheetRow> table = [];
    private string sheetName = string.Empty;
    private bool sheetWritten;
    private long lastRow = -1;
    private long cells;
    private long characters;

    /// <summary>How many sheets have been written; none means the workbook holds no text.</summary>
    public int SheetsWritten { get; private set; }

    public void BeginSheet(string name)
    {
        EndSheet();
        sheetName = name;
    }

    /// <summary>Adds a cell's displayed text; blank text is an empty cell and costs nothing.</summary>
    /// <exception cref="SheetTooLargeException">The workbook passed one of the <see cref="SheetLimits"/>.</exception>
    public void Add(long row, long column, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (++cells > SheetLimits.MaxCells)
        {
            throw new SheetTooLargeException(SheetLimits.TooManyCells());
        }

        characters += text.Length;
        if (characters > SheetLimits.MaxTextChars)
        {
            throw new SheetTooLargeException(SheetLimits.TooMuchText());
        }

        if (row != lastRow)
        {
            if (row != lastRow + 1)
            {
                WriteTable();
            }

            table.Add(new SheetRow());
            lastRow = row;
        }

        table[^1].Cells.Add((column, text));
    }

    public void EndSheet()
    {
        WriteTable();
        lastRow = -1;
        sheetWritten = false;
    }

    private void WriteTable()
    {
        if (table.Count == 0)
        {
            return;
        }

        if (!sheetWritten)
        {
            if (SheetsWritten > 0)
            {
                output.NewPage();
            }

            output.AddBlock(BlockKind.Heading, sheetName.Length > 0 ? sheetName : $"Sheet {SheetsWritten + 1}");
            sheetWritten = true;
            SheetsWritten++;
        }

        // Columns no row of this table fills are left out, so cells keep their places under the header.
        var columns = table.SelectMany(r => r.Cells).Select(c => c.Column).Distinct().Order().ToList();
        var place = columns.Select((column, index) => (column, index)).ToDictionary(p => p.column, p => p.index);
        output.BeginTable();
        foreach (var row in table)
        {
            var texts = new string?[place[row.Cells.Max(c => c.Column)] + 1];
            foreach (var (column, text) in row.Cells)
            {
                var at = place[column];
                texts[at] = texts[at] is null ? text : $"{texts[at]} {text}";
            }

            output.BeginRow();
            foreach (var text in texts)
            {
                output.BeginCell();
                if (text is not null)
                {
                    output.AddBlock(BlockKind.Paragraph, text);
                }

                output.EndCell();
            }
        }

        output.EndTable();
        table.Clear();
    }

    private sealed class SheetRow
    {
        public List<(long Column, string Text)> Cells { get; } = [];
    }
}
