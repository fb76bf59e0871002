using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>
/// A workbook's shared strings (the text most cells point to), read one item at a time so that the table's size is
/// bounded by <see cref="SheetLimits"/> rather than by what the file claims.
/// </summary>
internal static class XlsxSharedStrings
{
    public static IReadOnlyList<string> Read(SharedStringTablePart? part, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        long characters = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement)
            {
                continue;
            }

            if (strings.Count % 10_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var text = XlsxText.Of(reader.LoadCurrentElement()!);
            characters += text.Length;
            if (characters > SheetLimits.MaxTextChars)
            {
                throw new SheetTooLargeException(SheetLimits.TooMuchText());
            }

            if (strings.Count >= 2 * SheetLimits.MaxCells)
            {
                throw new SheetTooLargeException(SheetLimits.TooManyCells());
            }

            strings.Add(text);
        }

        return strings;
    }
}
