using Deque.AxeCore.Playwright;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KnowledgeArchive.Web.Tests.Browser;

/// <summary>
/// Every main page at a phone's, a tablet's and a laptop's width: no serious or critical accessibility violation (axe),
/// nothing wider than the screen, navigation on one line on a laptop and behind a menu button on a phone, a skip link
/// first, and a screenshot of each kept in the test output (<c>screenshots/</c>).
/// </summary>
public sealed class AccessibilityTests : IClassFixture<BrowserFixture>
{
    private static readonly int[] Widths = [390, 768, 1366];

    private readonly BrowserFixture _browser;

    public AccessibilityTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task MainPages_HaveNoSeriousOrCriticalViolations_AndFitTheScreen_AtEveryWidth()
    {
        var (documentId, decisionId) = await SeedAsync();
        var pages = new (string Name, string Path)[]
        {
            ("search", "/"),
            ("search-results", "/?q=orthotics&ccg=NHS%20Hartwell%20CCG"),
            ("search-empty", "/?q=glutin&body=Governing%20Body"),
            ("documents", "/documents"),
            ("document", $"/documents/{documentId}?q=orthotics#page-2"),
            ("decisions", "/decisions?q=orthotics"),
            ("decision", $"/decisions/{decisionId}"),
            ("lineage-trace", "/lineage/trace?q=what+replaced+the+orthotics+service+in+Hartwell"),
            ("gaps", "/lineage/gaps"),
            ("ingest", "/ingest"),
        };

        var problems = new List<string>();
        var page = await _browser.NewPageAsync();
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var (name, path) in pages)
            {
                await page.GotoAsync(path);
                await page.ScreenshotAsync(new() { Path = Screenshot($"{name}-{width}"), FullPage = true });
                var axe = await page.RunAxe();
                problems.AddRange(axe.Violations
                    .Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{name} at {width}px: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow > 0)
                {
                    problems.Add($"{name} at {width}px: {overflow}px wider than the screen");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Navigation_IsOneLineOnALaptop_AndAMenuOnAPhone_WhereResultsUseTheWidth()
    {
        await SeedAsync();
        var page = await _browser.NewPageAsync();

        await page.SetViewportSizeAsync(1366, 900);
        await page.GotoAsync("/?q=orthotics");
        var links = page.Locator("#main-nav a");
        var tops = new HashSet<double>();
        foreach (var link in await links.AllAsync())
        {
            tops.Add(Math.Round((await link.BoundingBoxAsync())!.Y));
        }

        Assert.Single(tops);
        await Assertions.Expect(page.Locator("#menu-toggle")).ToBeHiddenAsync();

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/?q=orthotics");
        await Assertions.Expect(page.Locator("#main-nav")).ToBeHiddenAsync();
        await page.ClickAsync("#menu-toggle");
        await Assertions.Expect(page.Locator("#menu-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator("#main-nav a", new() { HasText = "Decisions" })).ToBeVisibleAsync();
        var result = await page.Locator(".result").First.BoundingBoxAsync();
        Assert.True(result!.Width >= 340, $"a result is {result.Width}px wide at 390px");
        await Assertions.Expect(page.Locator("details.facet-panel")).Not.ToHaveAttributeAsync("open", "");
        await page.ClickAsync("details.facet-panel summary");
        await Assertions.Expect(page.Locator("details.facet-panel a").First).ToBeVisibleAsync();
        var facets = await page.Locator("aside.facets").BoundingBoxAsync();
        Assert.True(facets!.X >= 0 && facets.X + facets.Width <= 390, $"the filters run from {facets.X} to {facets.X + facets.Width}px");
    }

    [Fact]
    public async Task SkipLink_IsTheFirstTabStop_AndEveryInputHasAVisibleLabel()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync("/decisions");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".skip-link")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#main")).ToBeFocusedAsync();

        foreach (var path in new[] { "/", "/decisions", "/lineage/trace", "/ingest", "/keys", "/audit" })
        {
            await page.GotoAsync(path);
            Assert.Equal(0, await page.Locator("input[placeholder]").CountAsync());
            foreach (var input in await page.Locator("main input:not([type=hidden]):not([type=file]), main select").AllAsync())
            {
                var labelled = await input.EvaluateAsync<bool>(
                    "e => [...(e.labels || [])].some(l => l.offsetWidth > 0 && l.textContent.trim().length > 0)");
                Assert.True(labelled, $"{path}: {await input.EvaluateAsync<string>("e => e.outerHTML")} has no visible label");
            }
        }
    }

    private static string Screenshot(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private async Task<(string DocumentId, string DecisionId)> SeedAsync()
    {
        var api = _browser.App.Factory.CreateApi();
        var existing = await api.ListDecisionsAsync(q: "orthotics");
        if (existing.Total > 0)
        {
            var known = existing.Items[0];
            return (known.DocumentId, known.DecisionId);
        }

        var documentId = await Uploads.SettledAsync(_browser.App, SampleMinutes.Pdf("orthotics service"), "GB minutes orthotics.pdf", "indexed");
        var decision = (await api.ListDecisionsAsync(q: "orthotics")).Items[0];
        return (documentId, decision.DecisionId);
    }
}
