using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KnowledgeArchive.Web.Tests.Browser;

/// <summary>The Ingest pages in real Chromium: what a transition team checks after loading a folder.</summary>
public sealed class IngestPageTests : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly BrowserFixture _browser;
    private readonly string _input = Directory.CreateTempSubdirectory("ka-batch-ui-").FullName;

    public IngestPageTests(BrowserFixture browser) => _browser = browser;

    public void Dispose() => Directory.Delete(_input, recursive: true);

    [Fact]
    public async Task IngestPage_ListsTheBatchWithItsProgress_AndTheBatchPageNamesEachFilesOutcome()
    {
        BatchInput.Write(_input, "good.pdf", SampleFiles.Pdf("Ingest page paper", "A readable paper for the ingest page."));
        BatchInput.Write(_input, "broken.pdf", BatchInput.CorruptPdf());
        var api = _browser.App.Factory.CreateApi();
        var batch = await api.StartBatchAsync(new IngestBatchRequestDto(_input, BatchInput.Source));
        await Eventually.GetAsync(async () => (await api.GetBatchAsync(batch.BatchId, files: false)) is { State: "completed" } b ? b : null, TimeSpan.FromSeconds(60), "the batch");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/ingest");
        var row = page.Locator($"tr.batch[data-batch-id='{batch.BatchId}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "completed");
        await Assertions.Expect(row.Locator(".state")).ToHaveTextAsync("completed, 2 of 2");
        await Assertions.Expect(row.Locator("progress")).ToHaveAttributeAsync("value", "100");

        await row.Locator($"a:text('{batch.BatchId}')").ClickAsync();
        await page.WaitForURLAsync($"**/ingest/{batch.BatchId}");
        await Assertions.Expect(page.Locator("#counts")).ToHaveTextAsync("2 files: 1 indexed, 0 duplicate, 1 quarantined, 0 skipped, 0 pending.");
        await Assertions.Expect(page.Locator("tr.file.quarantined")).ToContainTextAsync("broken.pdf");
        await Assertions.Expect(page.Locator("tr.file.quarantined")).ToContainTextAsync("corrupt:");
        await Assertions.Expect(page.Locator("tr.file.indexed a")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^doc-[0-9a-f]{20}$"));

        await page.ClickAsync("#rerun");
        await page.WaitForURLAsync($"**/ingest/{batch.BatchId}");
        await Eventually.GetAsync(async () => (await api.GetBatchAsync(batch.BatchId, files: false)) is { State: "completed" } b ? b : null, TimeSpan.FromSeconds(60), "the re-run");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#counts")).ToHaveTextAsync("2 files: 1 indexed, 0 duplicate, 1 quarantined, 0 skipped, 0 pending.");
    }

    [Fact]
    public async Task StartForm_StartsABatchAndOpensIt_OrSaysWhatIsWrong()
    {
        BatchInput.Write(_input, "form/paper.pdf", SampleFiles.Pdf("Started from the form", "A paper loaded from the ingest page."));
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/ingest");
        await page.FillAsync("#start-batch input[name=Path]", Path.Combine(_input, "nowhere"));
        await page.SelectOptionAsync("#start-batch select[name=Source]", BatchInput.Source);
        await page.ClickAsync("#start-batch button[type=submit]");
        await Assertions.Expect(page.Locator("#start-error")).ToContainTextAsync("There is no folder or zip at");

        await page.FillAsync("#start-batch input[name=Path]", Path.Combine(_input, "form"));
        await page.ClickAsync("#start-batch button[type=submit]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/ingest/batch-"));
        await Assertions.Expect(page.Locator("#counts")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^1 file: (1 indexed|0 indexed, 0 duplicate, 0 quarantined, 0 skipped, 1 pending)"));
    }
}
