using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Writes .docx files the way Word does for minutes: heading styles, Word list numbering (no number in the text),
/// bold runs, and items kept as one-row tables of a reference beside a title.
/// </summary>
public static class StructuredDocx
{
    public static byte[] Build(Action<Body> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            AddStyles(main);
            AddNumbering(main);
            content(main.Document.Body!);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static Paragraph Heading(string text, int level) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), new Run(new Text(text)));

    public static Paragraph Plain(string text, bool bold = false) =>
        new(new Run(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A paragraph of the decimal list at <paramref name="level"/> (0: "1.", 1: "1.1").</summary>
    public static Paragraph Numbered(string text, int level = 0) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })), new Run(new Text(text)));

    /// <summary>An item kept as a one-row table: the reference in a narrow first cell, the title beside it.</summary>
    public static Table MarginHeading(string reference, string title) =>
        new(new TableRow(Cell(reference, 1000), Cell(title, 8000)));

    public static Table Grid(params string[][] rows) =>
        new(rows.Select(r => new TableRow(r.Select(c => Cell(c, 3000)))));

    private static TableCell Cell(string text, int width) =>
        new(new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }), Plain(text));

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(Enumerable.Range(1, 3).Select(level => new Style(
            new StyleName { Val = $"heading {level}" },
            new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }))
        {
            Type = StyleValues.Paragraph,
            StyleId = $"Heading{level}",
        }));
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1.%2" }) { LevelIndex = 1 })
            {
                AbstractNumberId = 1,
            },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
    }
}
