using System.Security.Cryptography;
using System.Text.RegularExpressions;
using KnowledgeArchive.Client;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Refit;

namespace KnowledgeArchive.Web.Tests.Browser;

/// <summary>The UI in real Chromium against the real app: what ICB staff do with it.</summary>
public sealed class SearchFlowTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public SearchFlowTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Search_OpenResultAtItsPage_ThenDownloadTheOriginal()
    {
        var bytes = SampleFiles.Pdf("Governing Body minutes", "Welcome and apologies.", "The Governing Body approved the community ophthalmology service.");
        var id = await UploadAsync(bytes, "GB minutes ophthalmology.pdf");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.FillAsync("input[name=q]", "community ophthalmology");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/?q=community*");

        var result = page.Locator(".result").First;
        await Assertions.Expect(result.Locator(".result-title")).ToHaveTextAsync("Governing Body minutes");
        await Assertions.Expect(result.Locator(".result-page")).ToHaveTextAsync("page 2");
        await Assertions.Expect(result.Locator(".result-file")).ToHaveTextAsync("GB minutes ophthalmology.pdf");
        await Assertions.Expect(result.Locator(".snippet mark").First).ToHaveTextAsync("community");

        await result.Locator(".result-title").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/documents/{id}\\?q=community%20ophthalmology#(page-2|hit-1)$"));
        await Assertions.Expect(page.Locator("#page-2")).ToContainTextAsync("community ophthalmology service");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("indexed");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
        Assert.Equal("GB minutes ophthalmology.pdf", download.SuggestedFilename);
        var saved = await download.PathAsync();
        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(await File.ReadAllBytesAsync(saved)));
    }

    [Fact]
    public async Task Search_NarrowByAFacet_OpenTheDocumentAtItsPage_AndMoveHitToHit()
    {
        var id = await UploadAsync(SampleMinutes.Pdf("tinnitus management service"), "GB minutes tinnitus.pdf");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/?q=tinnitus");
        await page.Locator("aside.facets a", new() { HasText = "NHS Hartwell CCG" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("ccg=NHS%20Hartwell%20CCG"));
        await page.Locator("aside.facets a", new() { HasText = "approved" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("q=tinnitus&ccg=NHS%20Hartwell%20CCG&outcome=approved"));
        var result = page.Locator(".result", new() { HasText = "GB minutes tinnitus.pdf" });
        await Assertions.Expect(result.Locator(".result-page")).ToHaveTextAsync("page 2");

        var decision = page.Locator(".decision-hit", new() { HasText = "GB18/042" });
        await Assertions.Expect(decision.Locator(".outcome")).ToHaveTextAsync("approved");
        await Assertions.Expect(decision.Locator(".snippet mark").First).ToHaveTextAsync("tinnitus");

        await result.Locator(".result-title").ClickAsync();

        // The document opens at the first hit on the result's page, every hit marked.
        // The page's script moves the address from #page-2 to #hit-1 (history.replaceState): poll the address rather
        // than wait for a navigation event, which may have passed before the wait began.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/documents/{id}\\?q=tinnitus#hit-1$"));
        await Assertions.Expect(page.Locator("#hit-summary")).ToContainTextAsync("3 hits for “tinnitus” on page 2");
        await Assertions.Expect(page.Locator("#hit-position")).ToHaveTextAsync("hit 1 of 3 · page 2");
        await Assertions.Expect(page.Locator("#page-2 mark.hit")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#page-1 mark.hit")).ToHaveCountAsync(0);

        await page.ClickAsync("#next-hit");
        await Assertions.Expect(page.Locator("#hit-position")).ToHaveTextAsync("hit 2 of 3 · page 2");
        await Assertions.Expect(page.Locator("#hit-2")).ToHaveClassAsync(new Regex("current"));
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator("#hit-position")).ToHaveTextAsync("hit 3 of 3 · page 2");
        await page.ClickAsync("#next-hit");
        await Assertions.Expect(page.Locator("#hit-position")).ToHaveTextAsync("hit 1 of 3 · page 2");
        await page.ClickAsync("#previous-hit");
        await Assertions.Expect(page.Locator("#hit-position")).ToHaveTextAsync("hit 3 of 3 · page 2");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#hit-3$"));
    }

    [Fact]
    public async Task MinutesPage_ShowsWhatTheDocumentIs_AndItsDecisions_LinkedToTheirPages()
    {
        var id = await UploadAsync(SampleMinutes.Pdf("falls prevention service"), "GB minutes falls.pdf");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync($"/documents/{id}");

        await Assertions.Expect(page.Locator("#description")).ToHaveTextAsync("Minutes of the Hartwell CCG Governing Body, 12 June 2018, public session");
        var decision = page.Locator("tr.decision", new() { HasText = "GB18/042" });
        await Assertions.Expect(decision.Locator(".outcome")).ToHaveTextAsync("approved");
        await Assertions.Expect(decision).ToContainTextAsync("falls prevention service");
        await decision.Locator("a[href^='#page']").ClickAsync();
        await page.WaitForURLAsync($"**/documents/{id}#page-2");
        await Assertions.Expect(page.Locator("#page-2")).ToContainTextAsync("RESOLVED: The Governing Body APPROVED the falls prevention service");
    }

    [Fact]
    public async Task DecisionsPage_FindsADecision_NarrowsByOutcome_AndLeadsToItsPage()
    {
        var id = await UploadAsync(SampleMinutes.Pdf("diabetic eye screening"), "GB minutes eye screening.pdf");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.ClickAsync("nav >> text=Decisions");
        await page.WaitForURLAsync("**/decisions");
        await page.FillAsync("input[name=q]", "diabetic eye screening");
        await page.SelectOptionAsync("select[name=outcome]", "approved");

        // The unfiltered page lists this decision too: wait for the filtered one before reading rows.
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/decisions?q=diabetic*");

        var row = page.Locator("tr.decision", new() { HasText = "diabetic eye screening" });
        await Assertions.Expect(row.Locator(".outcome")).ToHaveTextAsync("approved");
        await Assertions.Expect(row).ToContainTextAsync("NHS Hartwell CCG");
        await row.Locator("a.decision-source").ClickAsync();
        await page.WaitForURLAsync($"**/documents/{id}#page-2");

        await page.GotoAsync("/decisions?q=diabetic+eye+screening&outcome=deferred");
        await Assertions.Expect(page.Locator("#decision-count")).ToContainTextAsync("0 decisions");
    }

    [Fact]
    public async Task PolicyPage_ShowsItsDocumentControl()
    {
        var id = await UploadAsync(SampleMinutes.PolicyDocx(), "wheelchair policy v1.2.docx");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync($"/documents/{id}");

        await Assertions.Expect(page.Locator("#policy-reference")).ToHaveTextAsync("HWCCG-CP-031");
        await Assertions.Expect(page.Locator("#policy-version")).ToHaveTextAsync("1.2");
        await Assertions.Expect(page.Locator("#policy")).ToContainTextAsync("12 June 2018");
    }

    [Fact]
    public async Task Trace_FromADecision_ToWhatRatifiedIt_WithEvidence()
    {
        var (committee, ratification) = SampleMinutes.RatifiedPair("community audiology service", "PCCC/18/031", "GB18/052");
        await UploadAsync(committee, "PCCC minutes May 2018 audiology.pdf");
        await UploadAsync(ratification, "GB minutes June 2018 audiology.pdf");
        var api = _browser.App.Factory.CreateApi();
        var approved = Assert.Single((await api.ListDecisionsAsync(reference: "PCCC/18/031")).Items);
        await Eventually.GetAsync(async () => (await api.GetLineageAsync(approved.DecisionId)).Edges.Count > 0 ? "linked" : null, what: "the ratification link");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/decisions?q=community+audiology&outcome=approved");
        await page.Locator("tr.decision", new() { HasText = "PCCC/18/031" }).Locator("a.decision-link").ClickAsync();
        await page.WaitForURLAsync($"**/decisions/{approved.DecisionId}");

        await Assertions.Expect(page.Locator("#decision-reading")).ToContainTextAsync("Read as approved");
        await Assertions.Expect(page.Locator("#decision-reading")).ToContainTextAsync("resolution marker");
        var entry = page.Locator($"#node-{approved.DecisionId}");
        await Assertions.Expect(entry.Locator(".edge-label")).ToHaveTextAsync("ratified by");
        await Assertions.Expect(entry.Locator(".link")).ToContainTextAsync("minute PCCC/18/031");
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "lineage-timeline.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 0);

        await entry.Locator(".link a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#decision-text")).ToContainTextAsync("The Governing Body ratified the decision");
    }

    [Fact]
    public async Task TracePage_ReadingCorrectedPartByPart_AnswersTheCorrectedQuestion()
    {
        var (committee, ratification) = SampleMinutes.RatifiedPair("community podiatry service", "PCCC/18/070", "GB18/071");
        await UploadAsync(committee, "PCCC minutes podiatry.pdf");
        await UploadAsync(ratification, "GB minutes podiatry.pdf");
        var api = _browser.App.Factory.CreateApi();
        await Eventually.GetAsync(async () => (await api.TraceAsync("which decision ratified the PCCC decision on the community podiatry service")).Nodes.Count == 2 ? "answered" : null, what: "the answer");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/lineage/trace?q=" + Uri.EscapeDataString("what happened to podiatry"));
        await Assertions.Expect(page.Locator("#reading")).ToContainTextAsync("history");
        await page.ClickAsync("#correct-reading summary");
        await page.SelectOptionAsync("#intent", "ratification");
        await page.FillAsync("#subject", "community podiatry service");
        await page.ClickAsync("#correct-reading button[type=submit]");

        await Assertions.Expect(page.Locator("#reading")).ToContainTextAsync("ratification");
        await Assertions.Expect(page.Locator("#correct-reading")).ToHaveAttributeAsync("open", string.Empty);
        await Assertions.Expect(page.Locator("#intent")).ToHaveValueAsync("ratification");
        await Assertions.Expect(page.Locator("#timeline .timeline-entry")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#timeline .timeline-entry").First.Locator(".edge-label")).ToHaveTextAsync("ratified by");
    }

    [Fact]
    public async Task TracePage_AnswersAQuestion_AndTheDecisionPageExportsItsEvidencePack()
    {
        var (committee, ratification) = SampleMinutes.RatifiedPair("community dermatology service", "PCCC/18/090", "GB18/091");
        await UploadAsync(committee, "PCCC minutes dermatology.pdf");
        await UploadAsync(ratification, "GB minutes dermatology.pdf");
        var api = _browser.App.Factory.CreateApi();
        await Eventually.GetAsync(async () => (await api.TraceAsync("which decision ratified the PCCC decision on the community dermatology service")).Nodes.Count == 2 ? "answered" : null, what: "the answer");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.ClickAsync("nav >> text=Trace");
        await page.FillAsync("#question", "which decision ratified the PCCC decision on the community dermatology service");
        await page.PressAsync("#question", "Enter");

        await Assertions.Expect(page.Locator("#reading")).ToContainTextAsync("ratification");
        await Assertions.Expect(page.Locator("#timeline .timeline-entry")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#timeline .timeline-entry").First.Locator(".edge-label")).ToHaveTextAsync("ratified by");
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "lineage-question.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });

        await page.Locator("#timeline .timeline-entry").First.Locator("h3 a").ClickAsync();
        await page.FillAsync("#export-reason", "Internal audit 2023/14: dermatology contract");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-pack"));
        Assert.EndsWith("-evidence.zip", download.SuggestedFilename, StringComparison.Ordinal);
        var unpacked = Path.Combine(Path.GetTempPath(), $"pack-{Guid.NewGuid():N}");
        var saved = unpacked + ".zip";
        await download.SaveAsAsync(saved);
        try
        {
            using (var zip = System.IO.Compression.ZipFile.OpenRead(saved))
            {
                Assert.Contains(zip.Entries, e => e.FullName == "manifest.json");
                Assert.Equal(2, zip.Entries.Count(e => e.FullName.StartsWith("originals/", StringComparison.Ordinal) && e.FullName.EndsWith(".pdf", StringComparison.Ordinal)));
                Assert.Contains(zip.Entries, e => e.FullName == "report.pdf");
            }

            // The pack opened as an auditor would: unzipped, its report in a browser.
            System.IO.Compression.ZipFile.ExtractToDirectory(saved, unpacked);
            var report = await _browser.NewPageAsync();
            await report.GotoAsync(new Uri(Path.Combine(unpacked, "report.html")).AbsoluteUri);
            await Assertions.Expect(report.Locator("#title")).ToContainTextAsync("PCCC/18/090");
            await Assertions.Expect(report.Locator("#exported")).ToContainTextAsync("Internal audit 2023/14: dermatology contract");
            await Assertions.Expect(report.Locator("#chain li")).ToHaveCountAsync(2);
            await Assertions.Expect(report.Locator("#links")).ToContainTextAsync("minute PCCC/18/090");
            await Assertions.Expect(report.Locator("#files tbody tr")).ToHaveCountAsync(2);
            var reportShot = Path.Combine(AppContext.BaseDirectory, "screenshots", "evidence-pack-report.png");
            await report.ScreenshotAsync(new() { Path = reportShot, FullPage = true });
            Assert.True(new FileInfo(reportShot).Length > 0);
        }
        finally
        {
            File.Delete(saved);
            if (Directory.Exists(unpacked))
            {
                Directory.Delete(unpacked, recursive: true);
            }
        }
    }

    [Fact]
    public async Task TracePage_WithAQuestionNothingFits_SaysSo()
    {
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/lineage/trace?q=" + Uri.EscapeDataString("which decision ratified the PCCC decision on <script>window.pwned=1</script> zeppelins"));

        await Assertions.Expect(page.Locator("#no-answer")).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned"));
    }

    [Fact]
    public async Task GapsPage_ListsACitationOfADecisionNotInTheArchive()
    {
        var (_, ratification) = SampleMinutes.RatifiedPair("leg ulcer service", "PCCC/18/077", "GB18/077");
        var id = await UploadAsync(ratification, "GB minutes leg ulcer.pdf");
        var api = _browser.App.Factory.CreateApi();
        await Eventually.GetAsync(async () => (await api.GetLineageGapsAsync()).Any(g => g.CitedReference == "PCCC/18/077") ? "listed" : null, what: "the gap");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.ClickAsync("nav >> text=Gaps");
        await page.Locator("#gap-organisations a.gap-organisation", new() { HasText = "NHS Hartwell" }).ClickAsync();
        await Assertions.Expect(page.Locator("#gap-count")).ToContainTextAsync("in the record of NHS Hartwell");

        var row = page.Locator("tr.gap", new() { HasText = "PCCC/18/077" });
        await Assertions.Expect(row.Locator(".reason")).ToContainTextAsync("not in the archive");
        await row.Locator($"a[href^='/documents/{id}']").ClickAsync();
        await page.WaitForURLAsync($"**/documents/{id}#page-1");
    }

    [Fact]
    public async Task MalformedQuery_ShowsAReadableMessage_NotAnErrorPage()
    {
        var page = await _browser.NewPageAsync();

        var response = await page.GotoAsync("/?q=%22unclosed");

        Assert.Equal(400, response!.Status);
        await Assertions.Expect(page.Locator(".error")).ToContainTextAsync("unmatched double quote");
        await Assertions.Expect(page.Locator("input[name=q]")).ToHaveValueAsync("\"unclosed");
        await Assertions.Expect(page.Locator(".query-hint")).ToContainTextAsync("date:[2018-01-01 TO 2019-12-31]");
    }

    [Fact]
    public async Task BrokenFile_IsListedInQuarantine_WithItsReason()
    {
        var id = await UploadAsync([0xFF, 0x57, 0x50, 0x43, .. "WordPerfect 5.1 minutes"u8], "fake minutes.pdf", "quarantined");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.ClickAsync("nav >> text=Quarantine");

        var row = page.Locator("tr", new() { HasText = "fake minutes.pdf" });
        await Assertions.Expect(row).ToContainTextAsync("unsupported_format");
        await row.Locator("a").ClickAsync();
        await page.WaitForURLAsync($"**/documents/{id}");
        await Assertions.Expect(page.Locator("#quarantine-reason")).ToContainTextAsync("WordPerfect document");
    }

    [Fact]
    public async Task UnknownDocument_ShowsANotFoundPage()
    {
        var page = await _browser.NewPageAsync();

        var response = await page.GotoAsync("/documents/doc-00000000000000000000");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Not found");
    }

    [Fact]
    public async Task ScannedMinutes_AreSearchable_AndTheirPageShowsTheScanBesideTheText()
    {
        var bytes = SampleFiles.ScannedPdf("Quality Committee minutes", "Members discussed the podiatry review.", "The Committee approved the revised podiatry pathway.");
        var id = await UploadAsync(bytes, "scanned QC minutes podiatry.pdf");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/?q=podiatry+pathway");
        await page.Locator(".result", new() { HasText = "scanned QC minutes podiatry.pdf" }).Locator(".result-title").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/documents/{id}"));

        await Assertions.Expect(page.Locator("#ocr-note-2")).ToContainTextAsync("Read by OCR from a scan");
        await Assertions.Expect(page.Locator("#page-2 pre")).ToContainTextAsync("podiatry pathway");
        var picture = page.Locator("#page-2 .page-picture img");
        await picture.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(picture).ToHaveAttributeAsync("alt", "Scanned page 2 as printed");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#page-2 .page-picture img'); return i && i.complete && i.naturalWidth > 0; }");

        // The page as a reader comes to it from a link: text and scan side by side.
        await page.GotoAsync($"/documents/{id}#page-2");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#page-2 .page-picture img'); return i && i.complete && i.naturalWidth > 0; }");
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "scanned-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.Locator("#page-2").ScreenshotAsync(new() { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    private async Task<string> UploadAsync(byte[] bytes, string fileName, string expectedStatus = "indexed")
    {
        var api = _browser.App.Factory.CreateApi();
        using var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), fileName, "application/octet-stream"));
        Assert.True(response.IsSuccessStatusCode, $"upload failed: {response.StatusCode}");
        await _browser.App.WaitForStatusAsync(response.Content!.DocumentId, expectedStatus);
        return response.Content.DocumentId;
    }
}
