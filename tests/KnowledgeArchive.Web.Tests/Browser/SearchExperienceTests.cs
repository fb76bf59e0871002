using System.Text.RegularExpressions;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KnowledgeArchive.Web.Tests.Browser;

/// <summary>
/// What a new user of the search page needs: filters they can see and drop, a suggestion for a misspelling, help when
/// nothing matches, questions in words, browsing without words, a full pager and a way to all matching decisions.
/// </summary>
public sealed class SearchExperienceTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public SearchExperienceTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Filters_AreShownAsChips_EachDroppingOnlyItself_AndClearAllDropsThemAll()
    {
        await UploadAsync(SampleMinutes.Pdf("podiatry service"), "GB minutes podiatry.pdf");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/?q=podiatry&ccg=NHS%20Hartwell%20CCG&outcome=approved&from=2018-01-01&to=2018-12-31");

        var chips = page.Locator("#filters-in-force a.chip");
        await Assertions.Expect(chips).ToHaveCountAsync(3);
        await Assertions.Expect(chips.Nth(0)).ToContainTextAsync("CCG: NHS Hartwell CCG");
        await Assertions.Expect(chips.Nth(1)).ToContainTextAsync("Outcome: approved");
        await Assertions.Expect(chips.Nth(2)).ToContainTextAsync("Year: 2018");
        await chips.Nth(2).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?q=podiatry&ccg=NHS%20Hartwell%20CCG&outcome=approved$"));
        await Assertions.Expect(chips).ToHaveCountAsync(2);

        await page.ClickAsync("#clear-filters");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?q=podiatry$"));
        await Assertions.Expect(page.Locator("#filters-in-force")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".result-file")).ToContainTextAsync(["GB minutes podiatry.pdf"]);
    }

    [Fact]
    public async Task Misspelling_FindsNothing_ThenSaysWhatWasSearched_OffersTheArchivesWord_AndFiltersToDrop()
    {
        await UploadAsync(SampleMinutes.Pdf("gluten-free prescribing"), "GB minutes gluten.pdf");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/?q=glutin&body=Governing%20Body");

        await Assertions.Expect(page.Locator("#no-results h2")).ToHaveTextAsync("No documents match “glutin”");
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("No documents match.");
        await Assertions.Expect(page.Locator("#drop-filters a")).ToHaveTextAsync(["without Body: Governing Body"]);
        await page.Locator("#did-you-mean a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?q=gluten&body=Governing%20Body$"));
        await Assertions.Expect(page.Locator(".result-file")).ToContainTextAsync(["GB minutes gluten.pdf"]);

        var api = _browser.App.Factory.CreateApi();
        var response = await api.SearchAsync("glutin");
        Assert.Equal(0, response.Total);
        Assert.Equal("gluten", response.DidYouMean);
    }

    [Fact]
    public async Task QuestionInWords_IsSearchedForItsSubject_NotTheBodyEveryMinuteNames_AndSaysHowItWasRead()
    {
        await UploadAsync(SampleMinutes.Pdf("continuing healthcare framework"), "GB minutes chc.pdf");
        await UploadAsync(SampleMinutes.Pdf("estates strategy"), "GB minutes estates.pdf");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.FillAsync("#q", "What did the Governing Body decide about continuing healthcare?");
        await page.ClickAsync("form[role=search] button[type=submit]");

        await Assertions.Expect(page.Locator("#reading strong")).ToHaveTextAsync("continuing healthcare");
        await Assertions.Expect(page.Locator("#reading")).ToContainTextAsync("Governing Body");
        await Assertions.Expect(page.Locator(".result-file")).ToHaveTextAsync(["GB minutes chc.pdf"]);
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("1 document matches.");

        await page.ClickAsync("#search-every-word");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("words=all"));
        await Assertions.Expect(page.Locator("#reading")).ToHaveCountAsync(0);

        var response = await _browser.App.Factory.CreateApi().SearchAsync("what did the governing body decide about continuing healthcare");
        Assert.Equal("continuing healthcare", response.SearchedFor);
        Assert.Equal(["GB minutes chc.pdf"], response.Hits.Select(h => h.FileName));
    }

    [Fact]
    public async Task Browse_WithNoWords_CountsEveryDocumentByOrganisationBodyAndYear_AndListsOneNewestFirst()
    {
        await UploadAsync(SampleMinutes.Pdf("community nursing"), "GB minutes nursing.pdf");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/");

        var browse = page.Locator("#browse");
        await Assertions.Expect(browse.Locator("h3")).ToContainTextAsync(["CCG", "Body", "Year"]);
        await browse.Locator("a", new() { HasText = "2018" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?from=2018-01-01&to=2018-12-31$"));
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("newest first");
        await Assertions.Expect(page.Locator("#filters-in-force a.chip")).ToHaveTextAsync([new Regex("Year: 2018")]);
        await Assertions.Expect(page.Locator(".sort strong")).ToHaveTextAsync("date");
        await Assertions.Expect(page.Locator(".result-file", new() { HasText = "GB minutes nursing.pdf" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Pager_HasFirstPreviousNumberedNextAndLast_MarkingTheCurrentPage()
    {
        for (var i = 0; i < 21; i++)
        {
            await UploadAsync(SampleFiles.Pdf($"Paper {i}", $"Quillwort survey paper number {i}."), $"quillwort {i}.pdf");
        }

        var page = await _browser.NewPageAsync();
        await page.GotoAsync("/?q=quillwort");

        var pager = page.Locator("nav.pager");
        await Assertions.Expect(pager.Locator("[aria-current=page]")).ToHaveTextAsync("1");
        await Assertions.Expect(pager.Locator("a")).ToHaveTextAsync(["1", "2", "Next", "Last (2)"]);
        await pager.Locator("a.pager-last").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("page=2"));
        await Assertions.Expect(pager.Locator("a")).ToHaveTextAsync(["First", "Previous", "1", "2"]);
        await Assertions.Expect(pager.Locator("[aria-current=page]")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator(".result")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task FacetHeadings_ArePlain_AndTheDecisionsPanelLeadsToAllMatchingDecisions()
    {
        await UploadAsync(SampleMinutes.Pdf("hydrotherapy pool"), "GB minutes hydrotherapy.pdf");
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/?q=hydrotherapy");

        await Assertions.Expect(page.Locator("aside.facets h3")).ToContainTextAsync(["CCG", "Body", "Year"]);
        await Assertions.Expect(page.Locator("aside.facets h3", new() { HasTextRegex = new Regex("^(Ccg|Icb|ccg|icb)$") })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#all-decisions")).ToHaveTextAsync("All 1 matching decision");
        await page.ClickAsync("#all-decisions");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/decisions\?q=hydrotherapy$"));
        await Assertions.Expect(page.Locator("#decision-count")).ToContainTextAsync("1 decision");
    }

    private Task<string> UploadAsync(byte[] bytes, string fileName) => Uploads.SettledAsync(_browser.App, bytes, fileName, "indexed");
}
