using System.Net;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Security;

/// <summary>
/// Quarantine fails closed: a file nobody has been able to read is shown to no reader (its name, details, pages or
/// bytes), while ingesters, who act on it, and auditors still see it; a file whose name says it is private is
/// restricted from the moment it arrives, read or not.
/// </summary>
public sealed class UnreadFilesLeakTests : IClassFixture<ArchiveAppFixture>
{
    private const string UnreadName = "Zebrafinch committee notes.pdf";
    private const string PrivateName = "GB minutes PART 2 Kittiwake 2019.pdf";
    private readonly ArchiveAppFixture _app;

    public UnreadFilesLeakTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Reader_FindsNoTraceOfAQuarantinedFile_ThroughAnyEndpointOrPage()
    {
        var id = await UploadCorruptAsync(UnreadName);

        using var reader = _app.Factory.CreateClientAs("reader");
        foreach (var path in new[] { $"/api/documents/{id}", $"/api/documents/{id}/file", $"/api/documents/{id}/pages/1", $"/api/documents/{id}/pages/1/image", $"/documents/{id}" })
        {
            using var response = await reader.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}, expected 404");
        }

        foreach (var path in new[] { "/api/documents?status=quarantined&pageSize=100", "/api/documents?pageSize=100", $"/api/documents?fileName={Uri.EscapeDataString(UnreadName)}", "/documents", "/api/search?q=zebrafinch" })
        {
            using var response = await reader.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.DoesNotContain(id, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Zebrafinch committee", body, StringComparison.OrdinalIgnoreCase);
        }

        var quarantined = await _app.Factory.CreateApiAs("reader").ListDocumentsAsync(status: "quarantined");
        Assert.DoesNotContain(quarantined.Items, d => d.DocumentId == id);
    }

    [Fact]
    public async Task IngesterAndAuditor_StillSeeTheQuarantinedFile_ToActOnIt()
    {
        var id = await UploadCorruptAsync("Heron committee notes.pdf");

        foreach (var role in new[] { "ingester", "auditor" })
        {
            var document = await _app.Factory.CreateApiAs(role).GetDocumentAsync(id);
            Assert.Equal("quarantined", document.Status);
            Assert.Equal("corrupt", document.QuarantineCode);
        }
    }

    [Fact]
    public async Task FileNamedPart2_IsRestrictedOnArrival_AndStaysHiddenFromReadersAndIngesters()
    {
        var id = await UploadCorruptAsync(PrivateName);

        var seen = await _app.Factory.CreateApiAs("auditor").GetDocumentAsync(id);
        Assert.Equal("restricted", seen.Sensitivity);
        Assert.Contains("part 2", seen.SensitivityBasis, StringComparison.OrdinalIgnoreCase);
        foreach (var role in new[] { "reader", "ingester" })
        {
            var error = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApiAs(role).GetDocumentAsync(id));
            Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
            var listed = await _app.Factory.CreateApiAs(role).ListDocumentsAsync(fileName: PrivateName);
            Assert.Equal(0, listed.Total);
        }
    }

    [Fact]
    public async Task ReadableFileNamedPrivate_IsStillRestrictedAfterItIsRead()
    {
        var api = _app.Factory.CreateApi();
        using var upload = await api.UploadAsync(new StreamPart(new MemoryStream(SampleFiles.Pdf("Estates review", "The committee noted the estates review.")), "estates review - CONFIDENTIAL.pdf", "application/pdf"));
        var id = upload.Content!.DocumentId;
        var document = await _app.WaitForStatusAsync(id, "indexed");

        Assert.Equal("restricted", document.Sensitivity);
        var error = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApiAs("reader").GetDocumentAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    private async Task<string> UploadCorruptAsync(string name)
    {
        var pdf = SampleFiles.Pdf("Notes", $"Text of {name} that is cut off before the end of the file.");
        using var upload = await _app.Factory.CreateApi().UploadAsync(new StreamPart(new MemoryStream(pdf[..(pdf.Length / 3)]), name, "application/pdf"));
        var id = upload.Content!.DocumentId;
        await _app.WaitForStatusAsync(id, "quarantined");
        return id;
    }
}
