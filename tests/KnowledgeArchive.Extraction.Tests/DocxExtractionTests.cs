using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Extraction.Tests.Support;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Extraction.Tests;

public sealed class DocxExtractionTests : IDisposable
{
    private static readonly DocumentSpec ThreePages = new("Committee minutes", [
        PageSpec.Of(new HeadingBlock("Primary Care Commissioning Committee", 0), new ParagraphBlock("Declarations of interest were noted.")),
        PageSpec.Of(new HeadingBlock("PCCC/19/11 Practice merger", 2), new ParagraphBlock("The Committee approved the merger of two practices.")),
        PageSpec.Of(new ParagraphBlock("Date of next meeting: 9 April 2019.")),
    ])
    {
        Header = "Primary Care Commissioning Committee - 12 February 2019",
        Footer = "Approved minutes - OFFICIAL",
        PropertiesTitle = "PCCC minutes February 2019",
    };

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ExplicitPageBreaks_SplitPages_WithoutEmptyPagesFromRenderedBreaks()
    {
        var path = _folder.Write("explicit.docx", new DocxDocumentWriter(DocxPageBreaks.Explicit).ToBytes(ThreePages));

        var document = await Extract.SucceedingAsync(path);

        Assert.Equal(3, document.Pages.Count);
        Assert.Contains("approved the merger", document.Pages[1].Text, StringComparison.Ordinal);
        Assert.Contains("9 April 2019", document.Pages[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderedPageBreaksAlone_SplitPages()
    {
        var path = _folder.Write("rendered.docx", new DocxDocumentWriter(DocxPageBreaks.RenderedOnly).ToBytes(ThreePages));

        var document = await Extract.SucceedingAsync(path);

        Assert.Equal(3, document.Pages.Count);
        Assert.StartsWith("PCCC/19/11", document.Pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPageInformation_IsAllPageOne()
    {
        var path = _folder.Write("flow.docx", new DocxDocumentWriter(DocxPageBreaks.None).ToBytes(ThreePages));

        var document = await Extract.SucceedingAsync(path);

        var page = Assert.Single(document.Pages);
        Assert.Equal(1, page.Number);
        Assert.Contains("9 April 2019", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadersAndFooters_AreKeptApartFromBody()
    {
        var path = _folder.Write("headers.docx", new DocxDocumentWriter().ToBytes(ThreePages));

        var document = await Extract.SucceedingAsync(path);

        Assert.All(document.Pages, p => Assert.DoesNotContain("OFFICIAL", p.Text, StringComparison.Ordinal));
        Assert.Contains("Approved minutes - OFFICIAL", document.HeadersAndFooters);
        Assert.Contains("Primary Care Commissioning Committee - 12 February 2019", document.HeadersAndFooters);
    }

    [Fact]
    public async Task Tables_AreReadInDocumentOrder_RowByRow()
    {
        var spec = new DocumentSpec("Policy", [PageSpec.Of(
            new HeadingBlock("Gluten-free Prescribing Policy", 0),
            new ParagraphBlock("Before the table."),
            TableBlock.Of(["Version", "Date", "Changes"], ["1.0", "June 2016", "First policy"], ["2.0", "March 2019", "Bread and flour mixes only"]),
            new ParagraphBlock("After the table."))]);
        var path = _folder.Write("table.docx", new DocxDocumentWriter().ToBytes(spec));

        var text = (await Extract.SucceedingAsync(path)).Pages[0].Text;

        Assert.Contains("2.0 | March 2019 | Bread and flour mixes only", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Before the table", StringComparison.Ordinal) < text.IndexOf("1.0 | June 2016", StringComparison.Ordinal));
        Assert.True(text.IndexOf("2.0 | March 2019", StringComparison.Ordinal) < text.IndexOf("After the table", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HeadingsAndProperties_AreReported()
    {
        var path = _folder.Write("headings.docx", new DocxDocumentWriter().ToBytes(ThreePages));

        var document = await Extract.SucceedingAsync(path);

        Assert.Equal(["Primary Care Commissioning Committee", "PCCC/19/11 Practice merger"], document.Headings);
        Assert.Equal("PCCC minutes February 2019", document.Properties.Title);
    }

    [Fact]
    public async Task NonAsciiText_SurvivesExtraction()
    {
        var spec = new DocumentSpec("Łódź", [PageSpec.Of(new ParagraphBlock("Zdravotní péče – 東京 – £3,000 – naïve café"))]);
        var path = _folder.Write("unicode.docx", new DocxDocumentWriter().ToBytes(spec));

        var document = await Extract.SucceedingAsync(path);

        Assert.Equal("Zdravotní péče – 東京 – £3,000 – naïve café", document.Pages[0].Text);
    }

    [Fact]
    public async Task TruncatedDocx_IsQuarantinedAsCorrupt()
    {
        var bytes = new DocxDocumentWriter().ToBytes(ThreePages);
        var path = _folder.Write("truncated.docx", bytes[..(bytes.Length / 2)]);

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(QuarantineCodes.Corrupt, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task DocxWithNoText_IsQuarantinedAsEmpty()
    {
        var path = _folder.Write("empty-body.docx", new DocxDocumentWriter().ToBytes(new DocumentSpec("Nothing", [PageSpec.Of()])));

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(FileFormat.Docx, outcome.Format);
        Assert.Equal(QuarantineCodes.Empty, outcome.Result.Failure?.Code);
    }
}
