using KnowledgeArchive.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KnowledgeArchive.Web.Tests.Browser;

/// <summary>Uploading from the browser and acting on what was quarantined, in real Chromium, as a transition team would.</summary>
public sealed class UploadAndQuarantineTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public UploadAndQuarantineTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task TwoFilesChosen_OneIsIndexedOneQuarantined_ThenTheQuarantinedOneIsReviewedAndRetriedFromItsPage()
    {
        var page = await _browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/");
        // On a phone the navigation is behind the menu button.
        await page.ClickAsync("#menu-toggle");
        await page.ClickAsync("#nav-upload");
        await page.WaitForURLAsync("**/ingest/upload");

        await page.SetInputFilesAsync("#files", new[]
        {
            new FilePayload { Name = "GB minutes kingfisher.pdf", MimeType = "application/pdf", Buffer = SampleMinutes.Pdf("kingfisher wound clinic", "APPROVED") },
            new FilePayload { Name = "empty scan.pdf", MimeType = "application/pdf", Buffer = [] },
        });

        var good = page.Locator("li.upload[data-file='GB minutes kingfisher.pdf']");
        var empty = page.Locator("li.upload[data-file='empty scan.pdf']");
        await Assertions.Expect(good).ToHaveAttributeAsync("data-state", "indexed");
        await Assertions.Expect(good.Locator(".outcome")).ToContainTextAsync("Indexed: ");
        await Assertions.Expect(empty).ToHaveAttributeAsync("data-state", "quarantined");
        await Assertions.Expect(empty.Locator(".outcome")).ToContainTextAsync("empty: the file is empty");
        await Assertions.Expect(page.Locator("#upload-announcer")).ToContainTextAsync("empty scan.pdf: quarantined");
        await Assertions.Expect(page.Locator("#upload-announcer")).ToContainTextAsync("GB minutes kingfisher.pdf: indexed");

        await empty.Locator("a:text('Act on it')").ClickAsync();
        await Assertions.Expect(page.Locator("#quarantine-panel-reason")).ToContainTextAsync("empty");
        await page.FillAsync("#review-form textarea[name=note]", "A blank scan; the paper copy is in box 4.");
        await page.ClickAsync("#mark-reviewed");
        await Assertions.Expect(page.Locator("#quarantine-result")).ToContainTextAsync("Marked reviewed");
        await Assertions.Expect(page.Locator("#review")).ToContainTextAsync("A blank scan; the paper copy is in box 4.");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("quarantined");

        await page.FillAsync("#retry-form input[name=note]", "try once more");
        await page.ClickAsync("#retry");
        await Assertions.Expect(page.Locator("#quarantine-result")).ToContainTextAsync("Queued to be read again");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("quarantined");
        await Assertions.Expect(page.Locator("#review")).ToHaveCountAsync(0);
        var id = page.Url.Split('/')[^1].Split('?')[0];
        var audit = await _browser.App.Factory.CreateApi().ListAuditAsync(limit: 200);
        Assert.Contains(audit.Items, e => e.Action == "document.review" && e.Target == id);
        Assert.Contains(audit.Items, e => e.Action == "document.retry" && e.Target == id && e.Detail == "try once more");
        Assert.Contains(audit.Items, e => e.Action == "document.upload" && e.Target == id);
    }
}
