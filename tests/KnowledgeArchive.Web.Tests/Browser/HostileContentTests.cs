using KnowledgeArchive.Client;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Refit;

namespace KnowledgeArchive.Web.Tests.Browser;

/// <summary>Script and markup inside documents, titles and file names is shown as text and never runs.</summary>
public sealed class HostileContentTests : IClassFixture<BrowserFixture>
{
    private const string Payload = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";
    private readonly BrowserFixture _browser;

    public HostileContentTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task ScriptInTextTitleAndFileName_RendersAsText_OnSearchDocumentAndDecisionPages()
    {
        var pdf = new PdfDocumentWriter().ToBytes(new DocumentSpec(
            "Minutes " + Payload,
            [PageSpec.Of(
                new HeadingBlock("NHS Hartwell Clinical Commissioning Group", 0),
                new HeadingBlock("Minutes of the Governing Body meeting held in public on 9 May 2018"),
                new HeadingBlock("GB18/030 Zebrafish hydrotherapy", 2),
                new ParagraphBlock("RESOLVED: The Governing Body APPROVED the zebrafish hydrotherapy pilot " + Payload + " for one year."))]));
        var api = _browser.App.Factory.CreateApi();
        using var upload = await api.UploadAsync(new StreamPart(new MemoryStream(pdf), "<img src=y onerror=window.pwned=3>zebrafish.pdf", "application/pdf"));
        Assert.True(upload.IsSuccessStatusCode, $"upload failed: {upload.StatusCode}");
        var documentId = upload.Content!.DocumentId;
        await _browser.App.WaitForStatusAsync(documentId, "indexed");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/?q=zebrafish");
        await Assertions.Expect(page.Locator(".result").First).ToContainTextAsync("onerror");
        await page.GotoAsync($"/documents/{documentId}");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("<img src=y onerror=window.pwned=3>zebrafish.pdf");
        await page.GotoAsync("/decisions?q=zebrafish");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("window.pwned=2");

        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned"));
        Assert.Equal(0, await page.Locator("img[src='x'], img[src='y']").CountAsync());
    }
}
