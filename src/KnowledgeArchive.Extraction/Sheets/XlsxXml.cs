using System.Text;
using System.Xml;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>
/// Reading SpreadsheetML parts forward-only with a plain XML reader: the Open XML SDK's own streaming reader costs
/// several microseconds an element, seconds for a sheet of a million empty rows, where this costs under one.
/// </summary>
internal static class XlsxXml
{
    private const string Transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /// <summary>Whether the reader is on a start element of SpreadsheetML with this local name.</summary>
    public static bool At(XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && reader.NamespaceURI is Transitional or Strict;

    /// <summary>
    /// The text of a shared or inline string (<c>si</c>, <c>is</c>): its runs in order, without the phonetic guides
    /// printed above them. Leaves the reader after the element.
    /// </summary>
    public static string StringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (At(reader, "rPh"))
            {
                reader.Skip();
            }
            else if (At(reader, "t"))
            {
                text.Append(reader.ReadElementContentAsString());
                if (text.Length > SheetLimits.MaxTextChars)
                {
                    throw new SheetTooLargeException(SheetLimits.TooMuchText());
                }
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return text.ToString();
    }
}
