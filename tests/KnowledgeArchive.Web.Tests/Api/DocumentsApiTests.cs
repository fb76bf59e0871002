using System.Net;
using System.Security.Cryptography;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

public sealed class DocumentsApiTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public DocumentsApiTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Upload_Pdf_IsIndexedWithPagesMetadataAndOriginal()
    {
        var bytes = SampleFiles.Pdf("Governing Body minutes", "Welcome and apologies.", "The Governing Body approved the hydrotherapy pathway.");
        var api = _app.Factory.CreateApi();

        var accepted = await Upload(api, bytes, "GB minutes hydrotherapy.pdf");
        Assert.Equal("pending", accepted.Status);

        var document = await _app.WaitForStatusAsync(accepted.DocumentId, "indexed");
        Assert.Equal("pdf", document.Format);
        Assert.Equal(2, document.PageCount);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.Sha256);
        Assert.Equal("GB minutes hydrotherapy.pdf", document.FileName);
        Assert.Equal("upload", document.Source);

        var page = await api.GetPageAsync(document.DocumentId, 2);
        Assert.Contains("hydrotherapy pathway", page.Text, StringComparison.Ordinal);

        using var file = await api.DownloadFileAsync(document.DocumentId);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await file.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Upload_ScannedPdf_IsReadByOcr_PageSaysSo_AndItsPictureIsServed()
    {
        var bytes = SampleFiles.ScannedPdf("Quality Committee minutes", "Members discussed the audiology review.", "The Committee approved the revised audiology pathway.");
        var api = _app.Factory.CreateApi();

        var accepted = await Upload(api, bytes, "scanned QC minutes.pdf");
        var document = await _app.WaitForStatusAsync(accepted.DocumentId, "indexed");

        var page = await api.GetPageAsync(document.DocumentId, 2);
        Assert.Contains("revised audiology pathway", page.Text, StringComparison.Ordinal);
        var ocr = Assert.IsType<PageOcrDto>(page.Ocr);
        Assert.Null(ocr.Failure);
        Assert.InRange(ocr.MeanConfidence, 70, 100);
        Assert.Equal($"/api/documents/{document.DocumentId}/pages/2/image", ocr.ImageUrl);
        using var picture = await api.GetPageImageAsync(document.DocumentId, 2);
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/jpeg", picture.Content.Headers.ContentType?.MediaType);
        var hits = await api.SearchAsync(q: "audiology pathway");
        Assert.Contains(hits.Hits, h => h.DocumentId == document.DocumentId);
    }

    [Fact]
    public async Task PageWithATextLayer_HasNoOcrAndNoPicture()
    {
        var api = _app.Factory.CreateApi();
        var accepted = await Upload(api, SampleFiles.Pdf("Born digital", "Typed, not scanned."), "typed.pdf");
        await _app.WaitForStatusAsync(accepted.DocumentId, "indexed");

        Assert.Null((await api.GetPageAsync(accepted.DocumentId, 1)).Ocr);
        using var picture = await api.GetPageImageAsync(accepted.DocumentId, 1);
        Assert.Equal(HttpStatusCode.NotFound, picture.StatusCode);
    }

    [Fact]
    public async Task Upload_SameBytesTwice_IsOneDocumentReportedAsDuplicate()
    {
        var bytes = SampleFiles.Docx("Audit Committee minutes", "The committee noted the internal audit plan for 2019/20.");
        var api = _app.Factory.CreateApi();

        var first = await Upload(api, bytes, "audit.docx");
        using var second = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), "audit copy.docx", "application/octet-stream"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("duplicate", second.Content!.Status);
        Assert.Equal(first.DocumentId, second.Content.DocumentId);
        var byHash = await api.ListDocumentsAsync(sha256: Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(1, byHash.Total);
    }

    [Fact]
    public async Task Upload_CorruptFile_IsQuarantinedWithReasonAndServiceStaysHealthy()
    {
        var pdf = SampleFiles.Pdf("A policy", "Some text that will be cut off.");
        var truncated = pdf[..(pdf.Length / 3)];
        var api = _app.Factory.CreateApi();

        var accepted = await Upload(api, truncated, "truncated policy.pdf");
        var document = await _app.WaitForStatusAsync(accepted.DocumentId, "quarantined");

        Assert.Equal("corrupt", document.QuarantineCode);
        Assert.False(string.IsNullOrWhiteSpace(document.QuarantineReason));
        var quarantined = await api.ListDocumentsAsync(status: "quarantined");
        Assert.Contains(quarantined.Items, d => d.DocumentId == document.DocumentId);
        Assert.Equal("healthy", (await api.GetHealthAsync()).Status);
    }

    [Fact]
    public async Task Upload_WordPerfectFileNamedDocx_IsQuarantinedAsUnsupportedNotCorrupt()
    {
        var api = _app.Factory.CreateApi();
        var accepted = await Upload(api, [0xFF, 0x57, 0x50, 0x43, .. "old notes, not a Word file"u8], "notes.docx");

        var document = await _app.WaitForStatusAsync(accepted.DocumentId, "quarantined");

        Assert.Equal("unsupported_format", document.QuarantineCode);
        Assert.Equal("wpd", document.Format);
    }

    [Fact]
    public async Task Upload_WithoutFileField_Is400WithMessage()
    {
        using var content = new MultipartFormDataContent { { new StringContent("x"), "source" } };
        using var response = await _app.Factory.CreateClient().PostAsync(new Uri("/api/documents", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'file'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDocument_UnknownId_Is404ProblemDetails()
    {
        var ex = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApi().GetDocumentAsync("doc-00000000000000000000"));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Contains("No document", ex.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPage_BeyondLastPage_Is404SayingHowManyPages()
    {
        var api = _app.Factory.CreateApi();
        var accepted = await Upload(api, SampleFiles.Pdf("One page only", "Single page text."), "one page.pdf");
        await _app.WaitForStatusAsync(accepted.DocumentId, "indexed");

        var ex = await Assert.ThrowsAsync<ApiException>(() => api.GetPageAsync(accepted.DocumentId, 5));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Contains("1 page", ex.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListDocuments_ByFileName_FindsTheDocument()
    {
        var api = _app.Factory.CreateApi();
        var accepted = await Upload(api, SampleFiles.Docx("Finance report", "Month 9 finance position."), "Finance Report M9.docx");

        var list = await api.ListDocumentsAsync(fileName: "finance report m9.docx");

        Assert.Contains(list.Items, d => d.DocumentId == accepted.DocumentId);
    }

    [Theory]
    [InlineData("status=archived")]
    [InlineData("page=0")]
    [InlineData("pageSize=100000")]
    public async Task ListDocuments_BadParameter_Is400(string query)
    {
        using var response = await _app.Factory.CreateClient().GetAsync(new Uri($"/api/documents?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DocumentReplies_MatchTheirJsonSchemas()
    {
        var api = _app.Factory.CreateApi();
        var accepted = await Upload(api, SampleFiles.Docx("Schema check", "Quality report page one."), "schema check.docx");
        await _app.WaitForStatusAsync(accepted.DocumentId, "indexed");
        var http = _app.Factory.CreateClient();

        ContractSchemas.AssertValid("document.schema.json", await http.GetStringAsync(new Uri($"/api/documents/{accepted.DocumentId}", UriKind.Relative)));
        ContractSchemas.AssertValid("document-list.schema.json", await http.GetStringAsync(new Uri("/api/documents", UriKind.Relative)));
        ContractSchemas.AssertValid("page.schema.json", await http.GetStringAsync(new Uri($"/api/documents/{accepted.DocumentId}/pages/1", UriKind.Relative)));
    }

    [Fact]
    public async Task Similar_FindsTheDocumentsAboutTheSameThings_AndSaysWhatIsWrongWithABadRequest()
    {
        var api = _app.Factory.CreateApi();
        var policy = await Upload(api, SampleFiles.Pdf("Hydrotherapy Policy", "Hydrotherapy pool sessions: hydrotherapy referral criteria.", "Hydrotherapy pool access and hydrotherapy sessions for children."), "hydrotherapy policy.pdf");
        var minutes = await Upload(api, SampleFiles.Pdf("Committee minutes", "Apologies.", "The hydrotherapy pool contract: hydrotherapy sessions and hydrotherapy referral waits."), "committee minutes hydrotherapy.pdf");
        string[] others = ["lymphoedema garments", "orthotics footwear", "stoma appliances", "continence products", "home oxygen"];
        foreach (var topic in others)
        {
            await Upload(api, SampleFiles.Pdf($"Minutes on {topic}", $"The panel discussed {topic}.", $"Members agreed {topic} budgets."), $"minutes {topic}.pdf");
        }

        await _app.WaitForStatusAsync(policy.DocumentId, "indexed");
        await _app.WaitForStatusAsync(minutes.DocumentId, "indexed");
        var similar = await Eventually.GetAsync(
            async () => (await api.GetSimilarDocumentsAsync(policy.DocumentId, count: 3)) is { Items.Count: > 0 } found ? found : null,
            what: "similar documents");

        Assert.Equal(minutes.DocumentId, similar.Items[0].DocumentId);
        ContractSchemas.AssertValid("similar-documents.schema.json", await _app.Factory.CreateClient().GetStringAsync(new Uri($"/api/documents/{policy.DocumentId}/similar", UriKind.Relative)));
        Assert.DoesNotContain(similar.Items, h => h.DocumentId == policy.DocumentId);
        var missing = await Assert.ThrowsAsync<ApiException>(() => api.GetSimilarDocumentsAsync("doc-00000000000000000000"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var invalid = await Assert.ThrowsAsync<ApiException>(() => api.GetSimilarDocumentsAsync(policy.DocumentId, count: 0));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("'count' must be a whole number from 1 to 50", invalid.Content, StringComparison.Ordinal);
    }

    private static async Task<UploadResultDto> Upload(IKnowledgeArchiveApi api, byte[] bytes, string fileName)
    {
        using var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), fileName, "application/octet-stream"));
        Assert.True(response.IsSuccessStatusCode, $"upload failed: {response.StatusCode} {(response.Error as ApiException)?.Content}");
        return response.Content!;
    }
}
