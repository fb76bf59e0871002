using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>The text of a shared or inline string: its runs in order, without the phonetic guides printed above them.</summary>
internal static class XlsxText
{
    public static string Of(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var piece in item.Descendants<Text>())
        {
            if (piece.Ancestors<PhoneticRun>().Any())
            {
                continue;
            }

            text.Append(piece.Text);
        }

        return text.ToString();
    }
}
