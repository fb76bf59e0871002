using System.Net;
using System.Text;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

/// <summary>Reading a quarantined document again, through the API client: as before, with its password, or by OCR.</summary>
public sealed class QuarantineReadAgainTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public QuarantineReadAgainTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Retry_PutsTheDocumentBackToPending_ItIsReadAgain_AndTheRetryIsAudited()
    {
        var id = await Uploads.SettledAsync(_app, BatchInput.CorruptPdf(), "retry me.pdf", "quarantined");
        var ingester = _app.Factory.CreateApiAs("ingester");

        var accepted = await ingester.RetryDocumentAsync(id, new DocumentActionDto("the PDF reader was improved"));

        Assert.Equal("pending", accepted.Status);
        Assert.Null(accepted.QuarantineReason);
        var again = await _app.WaitForStatusAsync(id, "quarantined");
        Assert.Equal("corrupt", again.QuarantineCode);
        var entry = Assert.Single((await _app.Factory.CreateApi().ListAuditAsync(action: "document.retry")).Items, e => e.Target == id);
        Assert.Equal("ingester", entry.Role);
        Assert.Equal("the PDF reader was improved", entry.Detail);
    }

    [Fact]
    public async Task Retry_WithNoBodyAtAll_IsAccepted_AsACurlUserWouldSendIt()
    {
        var id = await Uploads.SettledAsync(_app, BatchInput.CorruptPdf(), "curl retry.pdf", "quarantined");
        using var http = _app.Factory.CreateClientAs("ingester");

        using var response = await http.PostAsync(new Uri($"/api/documents/{id}/retry", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/documents/{id}", response.Headers.Location?.OriginalString);
        await _app.WaitForStatusAsync(id, "quarantined");
    }

    [Fact]
    public async Task Retry_OfAnIndexedDocument_Is409_AndOfAnUnknownOne404_WithProblemDetails()
    {
        var id = await Uploads.SettledAsync(_app, SampleFiles.Pdf("Readable paper", "Nothing wrong with this one."), "readable.pdf", "indexed");
        var api = _app.Factory.CreateApiAs("ingester");

        var conflict = await Assert.ThrowsAsync<ApiException>(() => api.RetryDocumentAsync(id, new DocumentActionDto()));
        var missing = await Assert.ThrowsAsync<ApiException>(() => api.RetryDocumentAsync("doc-00000000000000000000", new DocumentActionDto()));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.ContentHeaders?.ContentType?.MediaType);
        Assert.Contains("is indexed, not quarantined", conflict.Content, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.ContentHeaders?.ContentType?.MediaType);
    }

    [Fact]
    public async Task Password_AWrongOneQuarantinesAgainSayingSo_TheRightOneIndexesIt_AndItIsKeptNowhere()
    {
        var id = await Uploads.SettledAsync(_app, await File.ReadAllBytesAsync(Uploads.EncryptedPdfPath), "locked board paper.pdf", "quarantined");
        var api = _app.Factory.CreateApiAs("auditor");

        await api.SupplyPasswordAsync(id, new PasswordRequestDto("wrong-guess-7731", "password from the finance team"));
        var wrong = await _app.WaitForStatusAsync(id, "quarantined");
        var accepted = await api.SupplyPasswordAsync(id, new PasswordRequestDto(Uploads.EncryptedPdfPassword));
        var read = await _app.WaitForStatusAsync(id, "indexed");

        Assert.Equal("encrypted", wrong.QuarantineCode);
        Assert.Contains("the password did not open it", wrong.QuarantineReason, StringComparison.Ordinal);
        Assert.Equal("pending", accepted.Status);
        Assert.True(read.PageCount > 0);
        var entries = (await _app.Factory.CreateApi().ListAuditAsync(action: "document.password")).Items.Where(e => e.Target == id).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.Detail == "password supplied: password from the finance team");
        foreach (var file in Directory.EnumerateFiles(_app.Factory.DataDirectory, "*", SearchOption.AllDirectories))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.False(Contains(bytes, "wrong-guess-7731") || Contains(bytes, Uploads.EncryptedPdfPassword), $"a password is kept in {file}");
        }
    }

    [Fact]
    public async Task Password_ForADocumentNotEncrypted_Is409_AndABadBodyIs400()
    {
        var id = await Uploads.SettledAsync(_app, BatchInput.CorruptPdf(), "not locked.pdf", "quarantined");
        var api = _app.Factory.CreateApiAs("ingester");

        var conflict = await Assert.ThrowsAsync<ApiException>(() => api.SupplyPasswordAsync(id, new PasswordRequestDto("anything")));
        var blank = await Assert.ThrowsAsync<ApiException>(() => api.SupplyPasswordAsync(id, new PasswordRequestDto("")));
        var inNote = await Assert.ThrowsAsync<ApiException>(() => api.SupplyPasswordAsync(id, new PasswordRequestDto("hunter2", "it is hunter2")));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Only an encrypted PDF", conflict.Content, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, inNote.StatusCode);
        Assert.Contains("must not contain the password", inNote.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ocr_ReadsAPdfThatSeemedEmpty_PageByPage_AndIsAudited()
    {
        var bytes = PatternScanPdf.Create("Estates Committee", "The committee approved the lease of the Harbour Road clinic.");
        var id = await Uploads.SettledAsync(_app, bytes, "estates pattern scan.pdf", "quarantined");
        var api = _app.Factory.CreateApiAs("ingester");

        var accepted = await api.RunOcrAsync(id, new DocumentActionDto("text is in the picture"));
        var read = await _app.WaitForStatusAsync(id, "indexed");

        Assert.Equal("pending", accepted.Status);
        var page = await api.GetPageAsync(id, 1);
        Assert.NotNull(page.Ocr);
        Assert.Contains("Harbour Road", page.Text, StringComparison.Ordinal);
        Assert.Equal(1, read.PageCount);
        Assert.Contains((await _app.Factory.CreateApi().ListAuditAsync(action: "document.ocr")).Items, e => e.Target == id && e.Detail == "text is in the picture");
    }

    [Fact]
    public async Task Ocr_OfAFileThatIsNoPdf_Is409()
    {
        var id = await Uploads.SettledAsync(_app, [], "empty notes.pdf", "quarantined");

        var conflict = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApiAs("ingester").RunOcrAsync(id, new DocumentActionDto()));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Only a PDF can be read by OCR", conflict.Content, StringComparison.Ordinal);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
