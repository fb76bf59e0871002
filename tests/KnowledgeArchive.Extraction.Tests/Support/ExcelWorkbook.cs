using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Writes Excel workbooks (.xlsx) with the Open XML SDK as Excel lays them out: strings in the shared string table
/// (or inline, when asked), numbers, dates as day serials with a date style, booleans and formulas with their cached
/// values; worksheets are written with the streaming writer so very long sheets can be made.
/// </summary>
public sealed class ExcelWorkbook
{
    /// <summary>Style indexes the workbook defines: General, the built-in short date (id 14), "d mmmm yyyy", and "0.0%".</summary>
    public const uint General = 0, ShortDate = 1, LongDate = 2, Percent = 3;

    private readonly List<(string Name, bool Hidden, Action<OpenXmlWriter, SharedStrings> Write)> sheets = [];

    public string? Title { get; init; }

    public string? Author { get; init; }

    /// <summary>Adds a sheet; each row is (row number from 1, its cells from column A, null for an empty cell).</summary>
    public ExcelWorkbook Sheet(string name, IEnumerable<(uint Row, XCell?[] Cells)> rows, bool hidden = false)
    {
        sheets.Add((name, hidden, (writer, strings) =>
        {
            foreach (var (number, cells) in rows)
            {
                writer.WriteStartElement(new Row { RowIndex = number });
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is { } cell)
                    {
                        writer.WriteElement(cell.ToCell(ColumnName(c) + number, strings));
                    }
                }

                writer.WriteEndElement();
            }
        }));
        return this;
    }

    /// <summary>Rows of text from row 1 on, each cell a shared string.</summary>
    public ExcelWorkbook Sheet(string name, params string[][] rows) =>
        Sheet(name, rows.Select((r, i) => ((uint)i + 1, r.Select(t => (XCell?)XCell.Shared(t)).ToArray())));

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var strings = new SharedStrings();
            uint id = 1;
            foreach (var (name, hidden, write) in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(part))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    write(writer, strings);
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                workbookPart.Workbook.Sheets!.Append(new Sheet
                {
                    Name = name,
                    SheetId = id++,
                    Id = workbookPart.GetIdOfPart(part),
                    State = hidden ? SheetStateValues.Hidden : null,
                });
            }

            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings.Items.Select(s => new SharedStringItem(new Text(s))));
            document.PackageProperties.Title = Title;
            document.PackageProperties.Creator = Author;
            document.PackageProperties.Created = new DateTime(2021, 7, 15, 9, 30, 0, DateTimeKind.Utc);
        }

        return stream.ToArray();
    }

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "d mmmm yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0%" }),
        new Fonts(new Font()),
        new Fills(new Fill()),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat { NumberFormatId = 0 },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }));

    /// <summary>The shared string table as it is filled, each distinct text once.</summary>
    public sealed class SharedStrings
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

        public List<string> Items { get; } = [];

        public int IndexOf(string text)
        {
            if (!index.TryGetValue(text, out var i))
            {
                i = Items.Count;
                Items.Add(text);
                index[text] = i;
            }

            return i;
        }
    }
}

/// <summary>A cell to write: how it is stored, as Excel would store it.</summary>
public sealed record XCell(string Kind, string Value, uint Style = ExcelWorkbook.General, string? Formula = null)
{
    public static XCell Shared(string text) => new("s", text);

    public static XCell Inline(string text) => new("inlineStr", text);

    public static XCell Number(double value, uint style = ExcelWorkbook.General, string? formula = null) =>
        new("n", value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), style, formula);

    /// <summary>A date as Excel stores it: the day serial counted from 1900, with a date style.</summary>
    public static XCell Date(DateTime date, uint style = ExcelWorkbook.ShortDate) =>
        Number(date.ToOADate(), style);

    public static XCell Bool(bool value) => new("b", value ? "1" : "0");

    public Cell ToCell(string reference, ExcelWorkbook.SharedStrings strings)
    {
        var cell = new Cell { CellReference = reference, StyleIndex = Style == ExcelWorkbook.General ? null : Style };
        switch (Kind)
        {
            case "s":
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(strings.IndexOf(Value).ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case "inlineStr":
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(Value));
                break;
            case "b":
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(Value);
                break;
            default:
                cell.CellValue = new CellValue(Value);
                break;
        }

        if (Formula is not null)
        {
            cell.CellFormula = new CellFormula(Formula);
        }

        return cell;
    }
}
