using System.Text.Json;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KnowledgeArchive.Web.Tests.Browser;

/// <summary>The document page in real Chromium: hits a phrase at a time, a hit bar that hides nothing, and each page as printed beside its text.</summary>
public sealed class DocumentPageTests : IClassFixture<BrowserFixture>
{
    private const string Phrase = "\"gluten-free prescribing\"";
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat(
        "The committee considered the finance report, the risk register and the quality dashboard, and noted each in turn.", 14));

    private readonly BrowserFixture _browser;

    public DocumentPageTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task PhraseHits_CountOncePerPhrase_AndNStepsPhraseByPhrase_NeverUnderTheHitBar()
    {
        var id = await PhraseDocumentAsync();
        var page = await _browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 700);

        await page.GotoAsync($"/documents/{id}?q={Uri.EscapeDataString(Phrase)}");

        await Assertions.Expect(page.Locator("#hit-summary")).ToContainTextAsync("4 hits for");
        await Assertions.Expect(page.Locator("mark.hit")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#hit-1")).ToHaveTextAsync("Gluten-free prescribing");
        await Assertions.Expect(page.Locator("#page-3 mark.hit")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#page-6 mark.hit")).ToHaveCountAsync(2);

        string[] expected = ["hit 1 of 4 · page 3", "hit 2 of 4 · page 3", "hit 3 of 4 · page 6", "hit 4 of 4 · page 6"];
        for (var i = 0; i < expected.Length; i++)
        {
            await page.Keyboard.PressAsync("n");
            await Assertions.Expect(page.Locator("#hit-position")).ToHaveTextAsync(expected[i]);
            await Assertions.Expect(page.Locator($"#hit-{i + 1}")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("current"));
            await AssertBelowHitBarAsync(page, $"#hit-{i + 1}");
        }

        await page.Keyboard.PressAsync("p");
        await Assertions.Expect(page.Locator("#hit-position")).ToHaveTextAsync("hit 3 of 4 · page 6");
    }

    [Fact]
    public async Task HitBarLinks_AndPageAnchors_ScrollTheirTargetBelowTheStickyBar()
    {
        var id = await PhraseDocumentAsync();
        var page = await _browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 700);
        await page.GotoAsync($"/documents/{id}?q={Uri.EscapeDataString(Phrase)}");

        // A page link in the bar is a plain anchor: the browser scrolls, the script does not.
        await page.Locator("#hit-bar a.hit-page", new() { HasText = "6" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#hit-3$"));
        await AssertBelowHitBarAsync(page, "#hit-3");
        Assert.Equal(0, await page.EvalOnSelectorAsync<double>("#hit-bar", "b => Math.round(b.getBoundingClientRect().top)"));

        await page.EvaluateAsync("() => { location.hash = '#page-4'; }");
        await AssertBelowHitBarAsync(page, "#page-4 h2");
    }

    [Fact]
    public async Task PdfPages_AreShownAsPrinted_BesideTheirText_AndUnderItOnAPhone()
    {
        var id = await Uploads.SettledAsync(_browser.App, SampleFiles.Pdf("Side by side", "Wheelchair service specification.", "Community equipment."), "side by side.pdf", "indexed");
        var page = await _browser.NewPageAsync();
        await page.SetViewportSizeAsync(1400, 900);
        await page.GotoAsync($"/documents/{id}");

        var picture = page.Locator("#page-2 .page-original img");
        await Assertions.Expect(picture).ToHaveAttributeAsync("alt", "Page 2 of side by side.pdf as printed in the original");
        await Assertions.Expect(picture).ToHaveAttributeAsync("loading", "lazy");
        await picture.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#page-2 .page-original img'); return i && i.complete && i.naturalWidth > 0; }");
        var text = await Box(page.Locator("#page-2 pre"));
        var image = await Box(picture);
        Assert.True(image.X >= text.X + text.Width - 1, $"picture at x={image.X}, text ends at {text.X + text.Width}");
        Assert.True(Math.Abs(image.Y - text.Y) < 5, $"picture top {image.Y}, text top {text.Y}");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await page.Locator("#page-2 .page-original img").ScrollIntoViewIfNeededAsync();
        text = await Box(page.Locator("#page-2 pre"));
        image = await Box(page.Locator("#page-2 .page-original img"));
        Assert.True(image.Y >= text.Y + text.Height - 1, $"picture top {image.Y}, text ends at {text.Y + text.Height}");
        Assert.True(image.Width <= 390, $"picture {image.Width} px wide on a 390 px screen");
    }

    [Fact]
    public async Task WordDocument_SaysOnceWhyItsPagesHaveNoPicture_AndOffersTheOriginal()
    {
        var id = await Uploads.SettledAsync(_browser.App, SampleFiles.Docx("Word paper", "Wheelchair service review."), "wheelchair review.docx", "indexed");
        var page = await _browser.NewPageAsync();
        await page.GotoAsync($"/documents/{id}");

        var note = page.Locator("#page-pictures-note");
        await Assertions.Expect(note).ToContainTextAsync("shown as text only, as the original (Word document (.docx)) has no fixed pages to draw");
        await Assertions.Expect(note.Locator("a[download]")).ToHaveTextAsync("Download the original");
        await Assertions.Expect(page.Locator("#page-1 img")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#page-1 pre")).ToContainTextAsync("Wheelchair service review.");
    }

    [Fact]
    public async Task PdfPageThatCannotBeDrawn_ShowsTheNoteInsteadOfABrokenPicture()
    {
        var id = await Uploads.SettledAsync(_browser.App, SampleFiles.Pdf("Undrawable", "Audiology pathway."), "undrawable.pdf", "indexed");
        var sha = (await _browser.App.Factory.CreateApi().GetDocumentAsync(id)).Sha256;

        // A damaged drawing in the kept pictures stands for a page the renderer could not draw.
        var folder = Directory.CreateDirectory(Path.Combine(_browser.App.Factory.DataDirectory, "page-renders", sha[..2], sha));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "1-100.png"), "not a picture");
        var page = await _browser.NewPageAsync();
        await page.GotoAsync($"/documents/{id}");

        await Assertions.Expect(page.Locator("#original-1 .page-original-missing")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#original-1 img")).ToBeHiddenAsync();
    }

    private async Task<string> PhraseDocumentAsync()
    {
        string[] pages =
        [
            Filler, Filler,
            "Gluten-free prescribing was reviewed. " + Filler + " The committee asked for gluten-free prescribing figures.",
            Filler, Filler,
            "Options for gluten-free prescribing were set out. " + Filler + " The gluten-free prescribing policy was approved.",
            Filler,
        ];
        return await Uploads.SettledAsync(_browser.App, SampleFiles.Pdf("Prescribing committee", pages), $"prescribing {Guid.NewGuid():N}.pdf", "indexed");
    }

    private static async Task AssertBelowHitBarAsync(IPage page, string selector)
    {
        await page.WaitForTimeoutAsync(300);
        var tops = await page.EvaluateAsync<JsonElement>(
            "s => ({ bar: document.getElementById('hit-bar').getBoundingClientRect().bottom, target: document.querySelector(s).getBoundingClientRect().top, height: innerHeight })",
            selector);
        var bar = tops.GetProperty("bar").GetDouble();
        var target = tops.GetProperty("target").GetDouble();
        Assert.True(target >= bar - 0.5 && target < tops.GetProperty("height").GetDouble(), $"{selector} at {target}, the hit bar ends at {bar}");
    }

    private static async Task<LocatorBoundingBoxResult> Box(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not shown");
}
