using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using KnowledgeArchive.Client;
using KnowledgeArchive.Web.Exports;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;
using UglyToad.PdfPig;

namespace KnowledgeArchive.Web.Tests.Api;

public sealed class EvidencePackPdfTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public EvidencePackPdfTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task EvidencePack_ReportPdf_SaysWhoAndWhy_QuotesEachLink_AndIsInTheManifest()
    {
        var api = _app.Factory.CreateApi();
        var (committee, ratification) = SampleMinutes.RatifiedPair("community dermatology service", "PCCC/18/112", "GB18/113");
        await UploadAsync(api, committee, "PCCC minutes dermatology.pdf");
        await UploadAsync(api, ratification, "GB minutes dermatology.pdf");
        var approved = Assert.Single((await api.ListDecisionsAsync(reference: "PCCC/18/112")).Items);
        var lineage = await Eventually.GetAsync(async () => (await api.GetLineageAsync(approved.DecisionId)) is { Edges.Count: > 0 } graph ? graph : null, what: "the link");
        const string reason = "Audit “2024–25” of £ spend by the café 審 board";

        using var response = await api.ExportLineageAsync(approved.DecisionId, "zip", reason);
        Assert.True(response.IsSuccessStatusCode, $"export failed: {response.StatusCode}");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var pdf = await BytesAsync(zip, "report.pdf");
        using var manifest = JsonDocument.Parse(await BytesAsync(zip, "manifest.json"));
        var text = Squeezed(TextOf(pdf));

        var listed = Assert.Single(manifest.RootElement.GetProperty("generated").EnumerateArray(), f => f.GetProperty("path").GetString() == "report.pdf");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), listed.GetProperty("sha256").GetString());
        Assert.Contains(Squeezed("Reason given: Audit \"2024-25\" of £ spend by the cafe ? board."), text, StringComparison.Ordinal);
        Assert.Contains(Squeezed(manifest.RootElement.GetProperty("exportedBy").GetString()!), text, StringComparison.Ordinal);
        foreach (var edge in lineage.Edges)
        {
            Assert.Contains(Squeezed(PdfText.Sanitise(edge.Evidence.Text)), text, StringComparison.Ordinal);
            Assert.Contains(edge.Evidence.Sha256, text, StringComparison.Ordinal);
        }

        foreach (var file in manifest.RootElement.GetProperty("files").EnumerateArray())
        {
            Assert.Contains(file.GetProperty("sha256").GetString()!, text, StringComparison.Ordinal);
        }
    }

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        // Above each page's footer, so that a quotation running onto the next page reads on unbroken.
        return string.Concat(document.GetPages().SelectMany(p => p.Letters).Where(l => l.StartBaseLine.Y > 40).Select(l => l.Value));
    }

    // Wrapped lines lose the space between them when read back, so compare without any whitespace.
    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static async Task<byte[]> BytesAsync(ZipArchive zip, string name)
    {
        await using var stream = await zip.GetEntry(name)!.OpenAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private async Task UploadAsync(IKnowledgeArchiveApi api, byte[] bytes, string fileName)
    {
        using var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), fileName, "application/pdf"));
        Assert.True(response.IsSuccessStatusCode, $"upload failed: {response.StatusCode}");
        await _app.WaitForStatusAsync(response.Content!.DocumentId, "indexed");
    }
}
