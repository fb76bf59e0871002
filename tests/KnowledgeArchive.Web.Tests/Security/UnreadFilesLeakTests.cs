using System.Net;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Security;

/// <summary>
/// Quarantine fails closed: a file nobody has been able to read is shown to no reader (its name, details, pages or
/// bytes), while ingesters, who act on it, and auditors still see it; a file whose name says it is private is
/// restricted from the moment it arrives, read or not. The actions on quarantined files tell a reader nothing, and
/// answer an ingester about a restricted file exactly as about one that does not exist.
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
        foreach (var path in new[] { $"/api/documents/{id}", $"/api/documents/{id}/file", $"/api/documents/{id}/pages/1", $"/api/documents/{id}/pages/1/image", $"/api/documents/{id}/pages/1/original", $"/documents/{id}", $"/documents/{id}/quarantine" })
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

    [Fact]
    public async Task Reader_IsRefusedEveryQuarantineAction_AlikeForAQuarantinedFileAndForNone_AndNothingChanges()
    {
        var id = await UploadCorruptAsync("Sandpiper committee notes.pdf");
        using var reader = _app.Factory.CreateClientAs("reader");

        foreach (var (action, body) in Actions)
        {
            using var seen = await PostAsync(reader, id, action, body);
            using var unseen = await PostAsync(reader, UnknownId, action, body);
            var text = await seen.Content.ReadAsStringAsync();

            Assert.True(seen.StatusCode == HttpStatusCode.Forbidden, $"{action}: {seen.StatusCode}, expected 403");
            Assert.Equal(unseen.StatusCode, seen.StatusCode);
            Assert.Equal(WithoutTraceId(await unseen.Content.ReadAsStringAsync()), WithoutTraceId(text));
            Assert.DoesNotContain(id, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Sandpiper", text, StringComparison.OrdinalIgnoreCase);
        }

        var document = await _app.Factory.CreateApi().GetDocumentAsync(id);
        Assert.Equal("quarantined", document.Status);
        Assert.Equal("public", document.Sensitivity);
        Assert.Null(document.Review);
        var audit = await _app.Factory.CreateApi().ListAuditAsync(limit: 500);
        Assert.DoesNotContain(audit.Items, e => e.Target == id && e.Action != "document.upload" && e.Action != "document.view");
    }

    [Fact]
    public async Task Ingester_ActingOnARestrictedQuarantinedFile_IsAnsweredAsForAnUnknownId()
    {
        var id = await UploadCorruptAsync("Audit committee PART 2 Plover 2020.pdf");
        using var ingester = _app.Factory.CreateClientAs("ingester");

        foreach (var (action, body) in Actions)
        {
            using var hidden = await PostAsync(ingester, id, action, body);
            using var unknown = await PostAsync(ingester, UnknownId, action, body);

            Assert.True(hidden.StatusCode == HttpStatusCode.NotFound, $"{action}: {hidden.StatusCode}, expected 404");
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal(
                WithoutTraceId((await unknown.Content.ReadAsStringAsync()).Replace(UnknownId, id, StringComparison.Ordinal)),
                WithoutTraceId(await hidden.Content.ReadAsStringAsync()));
        }

        Assert.Equal("restricted", (await _app.Factory.CreateApiAs("auditor").GetDocumentAsync(id)).Sensitivity);
    }

    private const string UnknownId = "doc-ffffffffffffffffffff";

    private static readonly (string Action, string Body)[] Actions =
    [
        ("retry", "{}"),
        ("password", """{"password":"guess"}"""),
        ("ocr", "{}"),
        ("sensitivity", """{"sensitivity":"public","reason":"looks harmless"}"""),
        ("review", """{"note":"seen"}"""),
    ];

    /// <summary>A problem document without its request's trace id, which differs for every request.</summary>
    private static string WithoutTraceId(string problem)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(problem)!.AsObject();
        json.Remove("traceId");
        return json.ToJsonString();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string id, string action, string body) =>
        client.PostAsync(new Uri($"/api/documents/{id}/{action}", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

    private async Task<string> UploadCorruptAsync(string name)
    {
        var pdf = SampleFiles.Pdf("Notes", $"Text of {name} that is cut off before the end of the file.");
        using var upload = await _app.Factory.CreateApi().UploadAsync(new StreamPart(new MemoryStream(pdf[..(pdf.Length / 3)]), name, "application/pdf"));
        var id = upload.Content!.DocumentId;
        await _app.WaitForStatusAsync(id, "quarantined");
        return id;
    }
}
