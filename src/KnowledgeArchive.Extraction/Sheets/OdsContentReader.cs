using System.Globalization;
using System.Text;
using System.Xml;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>
/// Reads an OpenDocument spreadsheet's <c>content.xml</c> forward only: each <c>table:table</c> of the spreadsheet
/// body is a sheet, each cell's printed paragraphs its displayed text. Repeated rows and cells that are empty are
/// counted, never expanded, so a sheet declaring a million empty rows costs nothing; repeated filled ones are
/// written out, within the <see cref="SheetLimits"/>.
/// </summary>
internal sealed class OdsContentReader(SheetWriter writer, CancellationToken cancellationToken)
{
    public const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /// <summary>Reads the spreadsheet body; false when the content holds none.</summary>
    public bool Read(XmlReader reader)
    {
        var found = false;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (At(reader, Office, "document-content") || At(reader, Office, "body"))
            {
                reader.Read();
            }
            else if (At(reader, Office, "spreadsheet"))
            {
                found = true;
                reader.Read();
            }
            else if (found && At(reader, Table, "table"))
            {
                ReadSheet(reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return found;
    }

    private static bool At(XmlReader reader, string ns, string localName) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && reader.NamespaceURI == ns;

    private static long Repeat(XmlReader reader, string attribute) =>
        long.TryParse(reader.GetAttribute(attribute, Table), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    private void ReadSheet(XmlReader reader)
    {
        writer.BeginSheet(reader.GetAttribute("name", Table) ?? string.Empty);
        var depth = reader.Depth;
        var empty = reader.IsEmptyElement;
        reader.Read();
        long row = 0;
        while (!empty && !reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (At(reader, Table, "table-row"))
            {
                row = ReadRow(reader, row);
            }
            else if (At(reader, Table, "table-header-rows") || At(reader, Table, "table-rows") || At(reader, Table, "table-row-group"))
            {
                reader.Read();
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                // Column definitions, shapes, forms: not the sheet's text.
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        if (!empty)
        {
            reader.Read();
        }

        writer.EndSheet();
    }

    /// <summary>Reads a row (and its repeats) from <paramref name="row"/>; returns the number of the row after it.</summary>
    private long ReadRow(XmlReader reader, long row)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var repeat = Repeat(reader, "number-rows-repeated");
        var cells = new List<(long Column, long Repeat, string Text)>();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return row + repeat;
        }

        var depth = reader.Depth;
        reader.Read();
        long column = 0;
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (At(reader, Table, "table-cell") || At(reader, Table, "covered-table-cell"))
            {
                var columns = Repeat(reader, "number-columns-repeated");
                var text = CellText(reader);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    cells.Add((column, columns, text));
                }

                column += columns;
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
        for (var copy = 0L; cells.Count > 0 && copy < repeat; copy++)
        {
            foreach (var (at, columns, text) in cells)
            {
                for (var c = 0L; c < columns; c++)
                {
                    writer.Add(row + copy, at + c, text);
                }
            }
        }

        return row + repeat;
    }

    /// <summary>
    /// A cell's displayed text: its paragraphs as printed (what the spreadsheet shows for dates, currency and
    /// percentages), or its bare value when it prints none; notes are not the cell's text. Leaves the reader after the cell.
    /// </summary>
    private static string CellText(XmlReader reader)
    {
        var value = reader.GetAttribute("value", Office) ?? reader.GetAttribute("date-value", Office)
            ?? reader.GetAttribute("time-value", Office) ?? reader.GetAttribute("boolean-value", Office) ?? reader.GetAttribute("string-value", Office);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return value ?? string.Empty;
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        var paragraphs = 0;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (At(reader, Office, "annotation") || At(reader, Text, "note"))
            {
                reader.Skip();
                continue;
            }

            if (At(reader, Text, "p") || At(reader, Text, "h"))
            {
                text.Append(paragraphs++ > 0 ? "\n" : string.Empty);
            }
            else if (At(reader, Text, "s"))
            {
                var count = int.TryParse(reader.GetAttribute("c", Text), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? Math.Clamp(c, 1, 100) : 1;
                text.Append(' ', count);
            }
            else if (At(reader, Text, "tab") || At(reader, Text, "line-break"))
            {
                text.Append(' ');
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text.Append(reader.Value);
                if (text.Length > SheetLimits.MaxTextChars)
                {
                    throw new SheetTooLargeException(SheetLimits.TooMuchText());
                }
            }

            reader.Read();
        }

        reader.Read();
        return paragraphs > 0 ? text.ToString() : value ?? string.Empty;
    }
}
