using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Slides;
using KnowledgeArchive.Extraction.Tests.Support;
using static KnowledgeArchive.Extraction.Tests.Support.SlideShapes;
using A = DocumentFormat.OpenXml.Drawing;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>Slide decks (.pptx and .odp) read a page a slide: titles as headings, points as list items, tables, speaker notes on their slide's page.</summary>
public sealed class PresentationExtractionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Formats => ["pptx", "odp"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EachSlide_IsAPage_WithItsTitleAsAHeading(string format)
    {
        var outcome = await ExtractDeckAsync(format);

        var document = outcome.Result.Document!;
        Assert.Equal(format, outcome.Format.Name);
        Assert.Equal(4, document.Pages.Count);
        Assert.Equal(
            [(TransitionDeck.Title, 1), ("Policies transferring", 2), ("Decisions required", 3), ("Risks not yet assigned", 4)],
            document.Blocks.Where(b => b.Kind == BlockKind.Heading && b.Level == 1).Select(b => (b.Text, b.Page)));
        Assert.StartsWith(TransitionDeck.Title + "\nGoverning Body briefing, March 2022", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task BodyPoints_AreListItems_AtTheirLevels(string format)
    {
        var document = (await ExtractDeckAsync(format)).Result.Document!;

        Assert.Equal(
            TransitionDeck.Points.Select(p => (p.Text, p.Level + 1, 2)),
            document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => (b.Text, b.Level, b.Page)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task TableOfDecisions_IsATable_OfItsRowsAndCells(string format)
    {
        var document = (await ExtractDeckAsync(format)).Result.Document!;

        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(3, table.Page);
        Assert.Equal(TransitionDeck.Decisions, table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        Assert.Contains("Close the CCG's accounts | Chief Finance Officer | June 2022", document.Pages[2].Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task SpeakerNotes_FollowTheirSlide_OnItsPage_UnderANotesHeading(string format)
    {
        var document = (await ExtractDeckAsync(format)).Result.Document!;

        var notes = Assert.Single(document.Blocks, b => b.Text == TransitionDeck.Notes);
        var heading = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Heading && b.Text == SlideWriter.NotesHeading);
        Assert.Equal((3, 3, 2), (notes.Page, heading.Page, heading.Level));
        Assert.True(document.Pages[2].Text.IndexOf(TransitionDeck.Decisions[2][0], StringComparison.Ordinal) < document.Pages[2].Text.IndexOf("IFR panel", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Pages.Where(p => p.Number != 3), p => p.Text.Contains(SlideWriter.NotesHeading, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task HiddenSlide_IsStillRead_AndFootersAreKeptApart(string format)
    {
        var document = (await ExtractDeckAsync(format)).Result.Document!;

        Assert.Contains("Estates leases novate to NHS Property Services", document.Pages[3].Text, StringComparison.Ordinal);
        Assert.Equal(["NHS Example CCG"], document.HeadersAndFooters);
        Assert.DoesNotContain(document.Pages, p => p.Text.Contains("NHS Example CCG", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task DeckProperties_AreRead(string format)
    {
        var properties = (await ExtractDeckAsync(format)).Result.Document!.Properties;

        Assert.Equal(("ICB transition briefing", "Director of Corporate Affairs", "Closedown of the CCG"), (properties.Title, properties.Author, properties.Subject));
        Assert.Equal(new DateTimeOffset(2022, 3, 1, 9, 0, 0, TimeSpan.Zero), properties.Created);
        Assert.Equal(new DateTimeOffset(2022, 3, 8, 17, 30, 0, TimeSpan.Zero), properties.Modified);
    }

    [Fact]
    public async Task PptxShapes_AreReadTitleFirst_ThenTopToBottom_InsideGroupsToo()
    {
        var deck = SlideDeck.Build(
        [
            new([
                TextBox(6000000, 3000000, "Lower right"),
                Group(0, 2000000, TextBox(3000000, 2000000, "Middle right"), TextBox(0, 2000000, "Middle left")),
                TextBox(0, 3000000, "Lower left"),
                TextBox(0, 500000, "Top"),
                Title("Order of reading")]),
        ]);

        var document = await Extract.SucceedingAsync(_folder.Write("order.pptx", deck));

        Assert.Equal(["Order of reading", "Top", "Middle left", "Middle right", "Lower left", "Lower right"], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task PptxBulletsAndNumbers_SetOnParagraphs_AreListItemsWithTheirLabels()
    {
        var deck = SlideDeck.Build(
        [
            new([TextBox(0, 0,
            [
                Paragraph("Agenda"),
                Paragraph("Apologies", new A.ParagraphProperties(new A.AutoNumberedBullet { Type = A.TextAutoNumberSchemeValues.ArabicPeriod })),
                Paragraph("Minutes of the last meeting", new A.ParagraphProperties(new A.AutoNumberedBullet { Type = A.TextAutoNumberSchemeValues.ArabicPeriod })),
                Paragraph("Matters arising", new A.ParagraphProperties(new A.AutoNumberedBullet { Type = A.TextAutoNumberSchemeValues.AlphaLowerCharacterParenR }) { Level = 1 }),
                Paragraph("Any other business", new A.ParagraphProperties(new A.CharacterBullet { Char = "•" })),
                Paragraph("Not a point", new A.ParagraphProperties(new A.NoBullet()) { Level = 1 }),
            ])]),
        ]);

        var document = await Extract.SucceedingAsync(_folder.Write("agenda.pptx", deck));

        Assert.Equal(
            [(BlockKind.Paragraph, null, 1), (BlockKind.ListItem, "1.", 1), (BlockKind.ListItem, "2.", 1), (BlockKind.ListItem, "a)", 2), (BlockKind.ListItem, "•", 1), (BlockKind.Paragraph, null, 1)],
            document.Blocks.Select(b => (b.Kind, b.Label, b.Level)));
    }

    [Fact]
    public async Task OdpShapes_AreReadTitleFirst_ThenTopToBottom_WithTheLabelsTheirListsPrint()
    {
        var slide = OpenDocumentPresentation.Page(
            OpenDocumentPresentation.Frame(null, 15, 12, "<text:p>Lower right</text:p>") +
            "<draw:g>" + OpenDocumentPresentation.Frame(null, 8, 6, "<text:p>Middle right</text:p>") +
            "<draw:custom-shape svg:x=\"10mm\" svg:y=\"60mm\"><text:p>Middle left</text:p></draw:custom-shape></draw:g>" +
            OpenDocumentPresentation.Frame(null, 1, 1, "<text:list text:style-name=\"L-Num\"><text:list-item><text:p>Apologies</text:p></text:list-item>" +
                "<text:list-item><text:p>Minutes</text:p></text:list-item></text:list>") +
            OpenDocumentPresentation.Frame("title", 1, 15, "<text:p>Order of reading</text:p>"));

        var document = await Extract.SucceedingAsync(_folder.Write("order.odp", OpenDocumentPresentation.Build(slide)));

        Assert.Equal(
            [("Order of reading", null), ("Apologies", "1."), ("Minutes", "2."), ("Middle left", null), ("Middle right", null), ("Lower right", null)],
            document.Blocks.Select(b => (b.Text, b.Label)));
    }

    [Fact]
    public async Task PptxDiagramPoints_AreRead_WhereTheDiagramStands()
    {
        var deck = SlideDeck.Build([new([Title("Governance after July"), TextBox(0, 5000000, "Source: transition plan")], Diagram: ["ICB board", "Place committees", "Provider collaboratives"])]);

        var document = await Extract.SucceedingAsync(_folder.Write("diagram.pptx", deck));

        Assert.Equal(["Governance after July", "ICB board", "Place committees", "Provider collaboratives", "Source: transition plan"], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void GeneratedPptx_IsAValidPresentation_SoTheseTestsReadWhatPowerPointWrites()
    {
        using var stream = new MemoryStream(TransitionDeck.Pptx());
        using var document = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(stream, isEditable: false);

        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.True(!errors.Any(), string.Join("\n", errors));
    }

    private async Task<ExtractionOutcome> ExtractDeckAsync(string format)
    {
        var bytes = format == "pptx" ? TransitionDeck.Pptx() : TransitionDeck.Odp();
        var outcome = await Extract.FileAsync(_folder.Write($"briefing.{format}", bytes));
        Assert.True(outcome.Result.Succeeded, $"expected success, got {outcome.Result.Failure}");
        return outcome;
    }
}
