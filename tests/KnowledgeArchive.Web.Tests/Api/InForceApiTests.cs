using KnowledgeArchive.Client;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

public sealed class InForceApiTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public InForceApiTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task InForce_IsTheLatestVersionApprovedByTheDate_ForThatArea_WithItsApprovingDecision()
    {
        var api = _app.Factory.CreateApi();
        await UploadAsync(api, SampleMinutes.PolicyVersion("NHS Hartwell CCG", "Hydrotherapy Access Policy", "HWCCG-CP-070", "1.0", "10 March 2016", "Governing Body"), "hydro v1.docx");
        await UploadAsync(api, SampleMinutes.PolicyVersion("NHS Hartwell CCG", "Hydrotherapy Access Policy", "HWCCG-CP-070", "2.0", "12 June 2018", "Governing Body (GB18/042)"), "hydro v2.docx");
        await UploadAsync(api, SampleMinutes.PolicyVersion("NHS North Marsh CCG", "Hydrotherapy Access Policy", "NM-CP-070", "4.0", "1 January 2018", "Governing Body"), "north marsh hydro.docx");
        await UploadAsync(api, SampleMinutes.Pdf("hydrotherapy access policy"), "GB minutes June 2018 hydro policy.pdf");

        var before = await api.GetInForceAsync("hydrotherapy", "Hartwell", "2017-06-01");
        Assert.Equal("NHS Hartwell CCG", before.Area);
        Assert.Equal("1.0", before.Policy?.Version);
        Assert.Null(before.ApprovedBy);

        var after = await api.GetInForceAsync("hydrotherapy", "NHS Hartwell CCG", "2019-06-01");
        Assert.Equal("2.0", after.Policy?.Version);
        Assert.Equal("HWCCG-CP-070", after.Policy?.Reference);
        Assert.Equal("GB18/042", after.ApprovedBy?.Reference);
        Assert.Empty(after.AlsoInForce);

        var none = await api.GetInForceAsync("hydrotherapy", "Hartwell", "2015-01-01");
        Assert.Null(none.Policy);

        var bad = await Assert.ThrowsAsync<ApiException>(() => api.GetInForceAsync("hydrotherapy", "Hartwell", "June 2019"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private async Task UploadAsync(IKnowledgeArchiveApi api, byte[] bytes, string fileName)
    {
        using var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), fileName, "application/octet-stream"));
        Assert.True(response.IsSuccessStatusCode, $"upload failed: {response.StatusCode}");
        await _app.WaitForStatusAsync(response.Content!.DocumentId, "indexed");
    }
}
