using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Tests.Support;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>What a user adds for one extraction of a PDF: the password of an encrypted one, or OCR of every page.</summary>
public sealed class PdfOneOffRequestTests : IDisposable
{
    // Made with: qpdf --encrypt secret-user secret-owner 256 -- plain.pdf encrypted-user-password.pdf
    private static readonly string EncryptedPdf = Path.Combine(AppContext.BaseDirectory, "Fixtures", "encrypted-user-password.pdf");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EncryptedPdf_WithItsPassword_IsRead()
    {
        var outcome = await Extract.Service().ExtractAsync(new ExtractionRequest(EncryptedPdf) { Password = "secret-user" }, CancellationToken.None);

        Assert.True(outcome.Result.Succeeded, $"expected success, got {outcome.Result.Failure}");
        Assert.Contains(outcome.Result.Document.Pages, p => p.Text.Trim().Length > 0);
    }

    [Fact]
    public async Task EncryptedPdf_WithAWrongPassword_IsQuarantinedSayingThePasswordDidNotOpenIt()
    {
        var outcome = await Extract.Service().ExtractAsync(new ExtractionRequest(EncryptedPdf) { Password = "not-the-password" }, CancellationToken.None);

        Assert.Equal(QuarantineCodes.Encrypted, outcome.Result.Failure?.Code);
        Assert.Contains("the password did not open it", outcome.Result.Failure!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", outcome.Result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EncryptedPdf_WithoutAPassword_SaysToSupplyOne()
    {
        var outcome = await Extract.FileAsync(EncryptedPdf);

        Assert.Equal(QuarantineCodes.Encrypted, outcome.Result.Failure?.Code);
        Assert.Contains("supply its password", outcome.Result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForceOcr_ReadsAPdfWithATextLayer_PageByPageByOcr()
    {
        var spec = new DocumentSpec("Formulary", [PageSpec.Of(new HeadingBlock("Joint Formulary Committee", 0), new ParagraphBlock("The committee approved the formulary."))]);
        var path = _folder.Write("formulary.pdf", new PdfDocumentWriter().ToBytes(spec));

        var plain = await Extract.SucceedingAsync(path);
        var forced = await Extract.Service().ExtractAsync(new ExtractionRequest(path) { ForceOcr = true }, CancellationToken.None);

        Assert.Null(plain.Pages[0].Ocr);
        Assert.True(forced.Result.Succeeded, $"expected success, got {forced.Result.Failure}");
        var page = Assert.Single(forced.Result.Document.Pages);
        Assert.NotNull(page.Ocr);
        Assert.Contains("formulary", page.Text, StringComparison.OrdinalIgnoreCase);
    }
}
