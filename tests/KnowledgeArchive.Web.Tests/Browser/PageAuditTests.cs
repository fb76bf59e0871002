using KnowledgeArchive.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KnowledgeArchive.Web.Tests.Browser;

/// <summary>What people do in the pages reaches the audit log as it does through the API.</summary>
public sealed class PageAuditTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public PageAuditTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task FilteredSearch_AndDecisionPage_AreRecordedWithTheSignedInKey()
    {
        await Uploads.SettledAsync(_browser.App, SampleMinutes.Pdf("podiatry service"), "GB minutes podiatry.pdf", "indexed");
        var api = _browser.App.Factory.CreateApi();
        var decision = Assert.Single((await api.ListDecisionsAsync(q: "podiatry")).Items);
        var page = await _browser.NewPageAsync();

        await page.GotoAsync("/?q=podiatry&ccg=NHS%20Hartwell%20CCG");
        await Assertions.Expect(page.Locator(".result").First).ToBeVisibleAsync();
        await page.GotoAsync($"/decisions/{decision.DecisionId}");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();

        var entries = (await api.ListAuditAsync(limit: 1000)).Items;
        var admin = Assert.Single((await api.ListKeysAsync()).Items, k => k.Role == "admin" && k.Active).KeyId;
        var search = Assert.Single(entries, e => e.Action == "search" && e.Detail == "q=podiatry; ccg=NHS Hartwell CCG");
        Assert.Equal(admin, search.Actor);
        var view = Assert.Single(entries, e => e.Action == "decision.view" && e.Target == decision.DecisionId);
        Assert.Equal("with its lineage (ui)", view.Detail);
        Assert.Equal(admin, view.Actor);
    }
}
