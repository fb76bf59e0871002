using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Extraction.Tests.Support;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Extraction.Tests;

public sealed class PdfExtractionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task MultiPagePdf_GivesOneTextPerPage_InReadingOrder()
    {
        var spec = new DocumentSpec("Board minutes", [
            PageSpec.Of(new HeadingBlock("Minutes of the Governing Body", 0), new ParagraphBlock("Apologies were received from the chair."), new ParagraphBlock("The minutes of the last meeting were agreed.")),
            PageSpec.Of(new ParagraphBlock("The Governing Body approved the gluten-free prescribing policy.")),
            PageSpec.Of(new ParagraphBlock("Date of next meeting: 28 May 2019.")),
        ]);
        var path = _folder.Write("minutes.pdf", new PdfDocumentWriter().ToBytes(spec));

        var document = await Extract.SucceedingAsync(path);

        Assert.Equal([1, 2, 3], document.Pages.Select(p => p.Number));
        Assert.Contains("gluten-free prescribing policy", document.Pages[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("gluten", document.Pages[0].Text, StringComparison.Ordinal);
        var first = document.Pages[0].Text;
        Assert.True(first.IndexOf("Apologies", StringComparison.Ordinal) < first.IndexOf("minutes of the last", StringComparison.Ordinal), "reading order kept");
    }

    [Fact]
    public async Task RunningHeaderAndFooter_AreKeptApartFromPageText()
    {
        var spec = new DocumentSpec("Policy", [
            PageSpec.Of(new HeadingBlock("Assisted Conception Policy", 0), new ParagraphBlock("Eligibility criteria follow.")),
            PageSpec.Of(new ParagraphBlock("Exclusions are listed here.")),
            PageSpec.Of(new ParagraphBlock("Version history is at the end.")),
        ])
        { Header = "NHS Example CCG - OFFICIAL", Footer = "Policy CP-012 v3.1" };
        var path = _folder.Write("policy.pdf", new PdfDocumentWriter().ToBytes(spec));

        var document = await Extract.SucceedingAsync(path);

        Assert.All(document.Pages, p => Assert.DoesNotContain("OFFICIAL", p.Text, StringComparison.Ordinal));
        Assert.All(document.Pages, p => Assert.DoesNotContain("Page ", p.Text, StringComparison.Ordinal));
        Assert.Contains(document.HeadersAndFooters, h => h.Contains("OFFICIAL", StringComparison.Ordinal));
        Assert.Contains(document.HeadersAndFooters, h => h.Contains("Policy CP-012 v3.1", StringComparison.Ordinal));
        Assert.Equal("Assisted Conception Policy", new TitleResolver().Resolve(document, "policy.pdf"));
    }

    [Fact]
    public async Task NonAsciiText_SurvivesExtraction()
    {
        // The generator's standard fonts carry the pound sign; real PDFs' embedded fonts carry the rest (see the .docx test).
        var spec = new DocumentSpec("Budget", [PageSpec.Of(new ParagraphBlock("A budget of £1.2m and £350,000 for prescribing."))]);
        var path = _folder.Write("nonascii.pdf", new PdfDocumentWriter().ToBytes(spec));

        var document = await Extract.SucceedingAsync(path);

        Assert.Contains("A budget of £1.2m and £350,000 for prescribing.", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordProtectedPdf_IsQuarantinedAsEncrypted()
    {
        // Made with: qpdf --encrypt secret-user secret-owner 256 -- plain.pdf encrypted-user-password.pdf
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "encrypted-user-password.pdf");

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(FileFormat.Pdf, outcome.Format);
        Assert.Equal(QuarantineCodes.Encrypted, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task TruncatedPdf_IsQuarantinedAsCorrupt_NotThrown()
    {
        var spec = new DocumentSpec("Truncated", [PageSpec.Of(new ParagraphBlock(string.Join(' ', Enumerable.Repeat("commissioning", 300))))]);
        var bytes = new PdfDocumentWriter().ToBytes(spec);
        var path = _folder.Write("truncated.pdf", bytes[..(bytes.Length / 3)]);

        var outcome = await Extract.FileAsync(path);

        Assert.False(outcome.Result.Succeeded);
        Assert.Contains(outcome.Result.Failure.Code, new[] { QuarantineCodes.Corrupt, QuarantineCodes.Empty });
    }

    [Fact]
    public async Task PdfWithBlankPagesOnly_IsQuarantinedAsEmpty()
    {
        var spec = new DocumentSpec("Blank", [PageSpec.Of(), PageSpec.Of()]);
        var path = _folder.Write("blank.pdf", new PdfDocumentWriter().ToBytes(spec));

        var outcome = await Extract.FileAsync(path);

        // The writer prints "Page n of N" on every page; once it is recognised as a running footer nothing is left.
        Assert.Equal(QuarantineCodes.Empty, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task PdfNamedDocx_IsReadAsPdf()
    {
        var spec = new DocumentSpec("Misnamed", [PageSpec.Of(new ParagraphBlock("Continuing healthcare fast track."))]);
        var path = _folder.Write("really-a-pdf.docx", new PdfDocumentWriter().ToBytes(spec));

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(FileFormat.Pdf, outcome.Format);
        Assert.Contains("fast track", outcome.Result.Document!.Pages[0].Text, StringComparison.Ordinal);
    }
}
