using System.Net;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Api;

/// <summary><c>GET /api/documents/{id}/pages/{n}/original</c>: a page drawn from the original, to exactly those who may see the document.</summary>
public sealed class PageOriginalApiTests : IClassFixture<ArchiveAppFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly ArchiveAppFixture _app;

    public PageOriginalApiTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task PdfPage_IsDrawnAsAPng_KeptUnderTheDataDirectory_AndServedPrivately()
    {
        var id = await Uploads.SettledAsync(_app, SampleFiles.Pdf("Drawn pages", "Page one text.", "Page two text."), "drawn pages.pdf", "indexed");
        using var admin = _app.Factory.CreateClient();

        using var response = await admin.GetAsync(new Uri($"/api/documents/{id}/pages/2/original", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PngSignature, (await response.Content.ReadAsByteArrayAsync())[..8]);
        Assert.Contains("private", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);

        var sha = (await _app.Factory.CreateApi().GetDocumentAsync(id)).Sha256;
        var kept = Directory.GetFiles(Path.Combine(_app.Factory.DataDirectory, "page-renders", sha[..2], sha));
        Assert.Equal("2-100.png", Path.GetFileName(Assert.Single(kept)));

        foreach (var page in new[] { 0, 3 })
        {
            using var missing = await admin.GetAsync(new Uri($"/api/documents/{id}/pages/{page}/original", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }

    [Fact]
    public async Task RestrictedDocumentPage_IsNotFoundForReaders_AndShownToAuditors()
    {
        var id = await Uploads.SettledAsync(_app, SampleFiles.Pdf("Private paper", "Estates negotiation notes."), "GB paper PART 2 estates.pdf", "indexed");
        Assert.Equal("restricted", (await _app.Factory.CreateApi().GetDocumentAsync(id)).Sensitivity);
        var path = new Uri($"/api/documents/{id}/pages/1/original", UriKind.Relative);

        using var reader = _app.Factory.CreateClientAs("reader");
        using var ingester = _app.Factory.CreateClientAs("ingester");
        using var auditor = _app.Factory.CreateClientAs("auditor");
        using var anonymous = _app.Factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ingester.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        using var shown = await auditor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("image/png", shown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WordDocumentPage_IsNotDrawn_AndSaysWhy()
    {
        var id = await Uploads.SettledAsync(_app, SampleFiles.Docx("Word paper", "Wheelchair service review."), "wheelchair review.docx", "indexed");
        using var response = await _app.Factory.CreateClient().GetAsync(new Uri($"/api/documents/{id}/pages/1/original", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("has no fixed pages to draw", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
