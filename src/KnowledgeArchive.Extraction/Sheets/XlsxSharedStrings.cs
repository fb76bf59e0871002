using System.Xml;
using DocumentFormat.OpenXml.Packaging;

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
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, SafeXml.Settings);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (!XlsxXml.At(reader, "si"))
            {
                reader.Read();
                continue;
            }

            if (strings.Count % 10_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var text = XlsxXml.StringItem(reader);
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
