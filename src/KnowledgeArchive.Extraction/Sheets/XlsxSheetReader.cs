using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>
/// Reads one worksheet's cells in order, forward only, so a sheet's size costs time, not memory, and an empty row
/// costs next to nothing. Each cell is printed as Excel shows it: shared and inline strings, numbers and dates through
/// their style's number format, TRUE/FALSE, error values, and a formula's last calculated value.
/// </summary>
internal sealed class XlsxSheetReader(SheetWriter writer, IReadOnlyList<string> sharedStrings, XlsxStyles styles, bool date1904)
{
    public void Read(WorksheetPart part, CancellationToken cancellationToken)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, SafeXml.Settings);
        long row = -1;
        long column = -1;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (XlsxXml.At(reader, "c"))
            {
                if (CellReference.TryParse(reader.GetAttribute("r"), out var cellRow, out var cellColumn))
                {
                    (row, column) = (cellRow, cellColumn);
                }
                else
                {
                    column++;
                }

                writer.Add(Math.Max(row, 0), column, Cell(reader));
            }
            else if (XlsxXml.At(reader, "row"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                row = CellReference.Row(reader.GetAttribute("r")) ?? row + 1;
                column = -1;
                reader.Read();
            }
            else if (XlsxXml.At(reader, "worksheet") || XlsxXml.At(reader, "sheetData"))
            {
                reader.Read();
            }
            else
            {
                // Column widths, views, merged ranges, conditional formats: not the sheet's text.
                reader.Skip();
            }
        }
    }

    /// <summary>A cell's displayed text; leaves the reader after the cell.</summary>
    private string? Cell(XmlReader reader)
    {
        var type = reader.GetAttribute("t");
        var style = uint.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (uint?)null;
        string? value = null;
        string? inline = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return null;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (XlsxXml.At(reader, "v"))
            {
                value = reader.ReadElementContentAsString();
            }
            else if (XlsxXml.At(reader, "is"))
            {
                inline = XlsxXml.StringItem(reader);
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return inline ?? Display(type, value, style);
    }

    private string? Display(string? type, string? value, uint? style)
    {
        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count ? sharedStrings[index] : null;
            case "b":
                return value.Trim() is "1" or "true" ? "TRUE" : "FALSE";
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? CellDisplay.Date(date, styles.FormatCode(style)) : value;
            case "e" or "str" or "inlineStr":
                return value;
            default:
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? CellDisplay.Number(number, styles.FormatCode(style), date1904)
                    : value;
        }
    }
}
