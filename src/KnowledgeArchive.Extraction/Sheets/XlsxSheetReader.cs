using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>
/// Reads one worksheet's cells in order with the streaming reader, so a sheet's size costs time, not memory, and an
/// empty row costs next to nothing. Each cell is printed as Excel shows it: shared and inline strings, numbers and
/// dates through their style's number format, TRUE/FALSE, error values, and a formula's last calculated value.
/// </summary>
internal sealed class XlsxSheetReader(SheetWriter writer, IReadOnlyList<string> sharedStrings, XlsxStyles styles, bool date1904)
{
    public void Read(WorksheetPart part, CancellationToken cancellationToken)
    {
        using var reader = OpenXmlReader.Create(part);
        long row = -1;
        long column = -1;
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Row))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var number = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                row = CellReference.Row(number) ?? row + 1;
                column = -1;
            }
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                if (CellReference.TryParse(cell.CellReference?.Value, out var cellRow, out var cellColumn))
                {
                    (row, column) = (cellRow, cellColumn);
                }
                else
                {
                    column++;
                }

                writer.Add(Math.Max(row, 0), column, Text(cell));
            }
        }
    }

    private string? Text(Cell cell)
    {
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (cell.InlineString is { } inline)
        {
            return XlsxText.Of(inline);
        }

        if (value is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count ? sharedStrings[index] : null;
        }

        if (type == CellValues.Boolean)
        {
            return value.Trim() is "1" or "true" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Date)
        {
            return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? CellDisplay.Date(date, styles.FormatCode(cell.StyleIndex?.Value)) : value;
        }

        if (type == CellValues.Error || type == CellValues.String || type == CellValues.InlineString)
        {
            return value;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? CellDisplay.Number(number, styles.FormatCode(cell.StyleIndex?.Value), date1904)
            : value;
    }
}
