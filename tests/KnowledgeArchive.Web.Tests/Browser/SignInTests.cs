using System.Net;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KnowledgeArchive.Web.Tests.Browser;

/// <summary>Signing in to the UI with an API key in real Chromium, and what each role is shown.</summary>
public sealed class SignInTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public SignInTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task WithoutSigningIn_APageRedirectsToSignIn_ThenSignInReturnsThere()
    {
        var page = await _browser.NewAnonymousPageAsync();

        await page.GotoAsync("/decisions?outcome=approved");
        await page.WaitForURLAsync("**/signin?returnUrl=*");
        Assert.Contains("returnUrl=%2Fdecisions%3Foutcome%3Dapproved", page.Url, StringComparison.Ordinal);

        await page.FillAsync("#key", TestKeys.Admin);
        await page.ClickAsync("#signin-submit");
        await Assertions.Expect(page.Locator("#signed-in-as")).ToContainTextAsync("(admin)");
        Assert.EndsWith("/decisions?outcome=approved", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#nav-keys")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#nav-audit")).ToBeVisibleAsync();

        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "ka_session");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);

        await page.ClickAsync("#signout button");
        await page.WaitForURLAsync("**/signin");
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/signin?returnUrl=*");
    }

    [Fact]
    public async Task AWrongKey_IsRefusedWithAReason_AndAudited()
    {
        var page = await _browser.NewAnonymousPageAsync();

        await page.GotoAsync("/signin");
        await page.FillAsync("#key", "ka_not-a-key");
        await page.ClickAsync("#signin-submit");

        await Assertions.Expect(page.Locator("#signin-error")).ToContainTextAsync("not recognised");
        var failures = await _browser.App.Factory.CreateApi().ListAuditAsync(action: "sign-in.failed");
        Assert.NotEmpty(failures.Items);
        Assert.All(failures.Items, e => Assert.DoesNotContain("ka_not-a-key", e.Detail ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reader_SeesNoIngestAuditOrKeysLinks_AndIsRefusedThosePagesWithAPage()
    {
        var key = await _browser.App.Factory.CreateApi().CreateKeyAsync(new CreateApiKeyRequestDto("reader in the browser", Roles.Reader));
        var page = await SignedInAsync(key.Key);

        await Assertions.Expect(page.Locator("#signed-in-as")).ToContainTextAsync("reader in the browser (reader)");
        await Assertions.Expect(page.Locator("#nav-ingest")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#nav-audit")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#nav-keys")).ToHaveCountAsync(0);

        var response = await page.GotoAsync("/keys");
        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Not allowed");
    }

    [Fact]
    public async Task Admin_MakesAKeyInTheKeysPage_SeesItOnce_AndRevokesIt_AndTheAuditPageListsBoth()
    {
        var page = await SignedInAsync(TestKeys.Admin);

        await page.GotoAsync("/keys");
        await page.FillAsync("#create-key input[name=Name]", "made in the keys page");
        await page.SelectOptionAsync("#create-key select[name=Role]", Roles.Ingester);
        await page.ClickAsync("#create-key button[type=submit]");
        var secret = (await page.Locator("#created-secret").TextContentAsync())!.Trim();
        Assert.StartsWith("ka_", secret, StringComparison.Ordinal);
        await _browser.App.Factory.CreateApi(secret).ListBatchesAsync();

        await page.GotoAsync("/keys"); // the secret is not shown again
        await Assertions.Expect(page.Locator("#created-secret")).ToHaveCountAsync(0);
        var row = page.Locator("tr.key", new() { HasText = "made in the keys page" });
        await row.Locator("button.revoke").ClickAsync();
        await Assertions.Expect(page.Locator("tr.key.revoked", new() { HasText = "made in the keys page" })).ToHaveCountAsync(1);

        await page.GotoAsync("/audit");
        await Assertions.Expect(page.Locator("#verification")).ToContainTextAsync("intact");
        await Assertions.Expect(page.Locator("tr.entry[data-action='key.create']").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr.entry[data-action='key.revoke']").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ApiAddress_WithoutAKey_Answers401NotARedirect()
    {
        var page = await _browser.NewAnonymousPageAsync();

        var response = await page.GotoAsync("/api/search?q=policy");

        Assert.Equal((int)HttpStatusCode.Unauthorized, response!.Status);
        Assert.Contains("X-Api-Key", await response.TextAsync(), StringComparison.Ordinal);
    }

    private async Task<IPage> SignedInAsync(string key)
    {
        var page = await _browser.NewAnonymousPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#key", key);
        await page.ClickAsync("#signin-submit");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }
}
