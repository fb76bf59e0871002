using KnowledgeArchive.Client;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

public sealed class LineageGapsByOrganisationTests : IClassFixture<ArchiveAppFixture>
{
    private const string Barchester = "NHS Barchester City CCG";

    private readonly ArchiveAppFixture _app;

    public LineageGapsByOrganisationTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Gaps_FilterByOrganisation_InTheApi_TheCsv_AndThePage()
    {
        var api = _app.Factory.CreateApi();
        await UploadAsync(api, SampleMinutes.PolicyVersion(Barchester, "Hearing Aids Policy", "BCCCG-CP-014", "1.0", "1 May 2017", "Governing Body"), "hearing a.docx");
        await UploadAsync(api, SampleMinutes.PolicyVersion(Barchester, "Hearing Aids Policy", "BCCCG-CP-027", "1.0", "1 May 2019", "Governing Body"), "hearing b.docx");
        var (_, ratification) = SampleMinutes.RatifiedPair("hearing therapy service", "PCCC/18/131", "GB18/132");
        await UploadAsync(api, ratification, "GB minutes hearing therapy.pdf");
        var broken = await Eventually.GetAsync(async () => (await api.GetLineageGapsAsync("not_in_archive")).FirstOrDefault(g => g.CitedReference == "PCCC/18/131"), what: "the broken citation");
        Assert.False(string.IsNullOrEmpty(broken.Organisation));
        Assert.NotEqual(Barchester, broken.Organisation);

        var ofBarchester = await api.GetLineageGapsAsync(organisation: "nhs barchester city ccg");
        var conflict = Assert.Single(ofBarchester, g => g.Text.Contains("Hearing Aids", StringComparison.Ordinal));
        Assert.Equal(("conflicting_policies", Barchester), (conflict.Reason, conflict.Organisation));
        Assert.All(ofBarchester, g => Assert.Equal(Barchester, g.Organisation));
        Assert.Empty(await api.GetLineageGapsAsync("not_in_archive", Barchester));
        Assert.Contains(await api.GetLineageGapsAsync("not_in_archive", broken.Organisation), g => g.CitedReference == "PCCC/18/131");

        using var csv = await api.ExportLineageGapsAsync(organisation: Barchester);
        var rows = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",candidates,organisation", rows[0], StringComparison.Ordinal);
        Assert.All(rows.Skip(1), r => Assert.EndsWith("," + Barchester, r, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("hearing a.docx", StringComparison.Ordinal));

        var http = _app.Factory.CreateClient();
        var page = await http.GetStringAsync(new Uri("/lineage/gaps?organisation=" + Uri.EscapeDataString(Barchester), UriKind.Relative));
        Assert.Contains($"{ofBarchester.Count} gap{(ofBarchester.Count == 1 ? "" : "s")} in the record of {Barchester}", page, StringComparison.Ordinal);
        Assert.Contains($">{Barchester} ({ofBarchester.Count})</a>", page, StringComparison.Ordinal);
        Assert.Contains($">{broken.Organisation} (", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/lineage/gaps?reason=conflicting_policies&amp;organisation=NHS%20Barchester%20City%20CCG\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/lineage/gaps?format=csv&amp;organisation=NHS%20Barchester%20City%20CCG\"", page, StringComparison.Ordinal);
        Assert.Contains("Hearing Aids", page, StringComparison.Ordinal);
        Assert.DoesNotContain("PCCC/18/131", page, StringComparison.Ordinal);
    }

    private async Task UploadAsync(IKnowledgeArchiveApi api, byte[] bytes, string fileName)
    {
        using var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), fileName, "application/pdf"));
        Assert.True(response.IsSuccessStatusCode, $"upload failed: {response.StatusCode}");
        await _app.WaitForStatusAsync(response.Content!.DocumentId, "indexed");
    }
}
