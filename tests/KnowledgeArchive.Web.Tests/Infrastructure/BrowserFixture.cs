using Microsoft.Playwright;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a Kestrel port and Debian's Chromium driven by Playwright. The browser is the system one
/// (<c>/usr/bin/chromium</c>, or <c>CHROMIUM_PATH</c>); nothing is downloaded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private string? _signedIn;

    public ArchiveAppFixture App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium is not installed at {executable}: run 'apt-get install -y chromium' (tests/run-all.sh does this) or set CHROMIUM_PATH.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A page of a browser signed in with the admin key (its session cookie, as a person's would be).</summary>
    public async Task<IPage> NewPageAsync()
    {
        _signedIn ??= await SignInAsync();
        return await NewPageAsync(_signedIn);
    }

    /// <summary>A page of a browser that has not signed in.</summary>
    public Task<IPage> NewAnonymousPageAsync() => NewPageAsync(null);

    private async Task<string> SignInAsync()
    {
        var page = await NewAnonymousPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#key", TestKeys.Admin);
        await page.ClickAsync("#signin-submit");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        var state = await page.Context.StorageStateAsync();
        await page.Context.CloseAsync();
        return state;
    }

    private async Task<IPage> NewPageAsync(string? storageState)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.Factory.BaseAddress.ToString(), AcceptDownloads = true, StorageState = storageState });
        // Generous: the browser tests share two cores with the other test assemblies, the kill test's service among them.
        context.SetDefaultTimeout(45_000);
        Assertions.SetDefaultExpectTimeout(45_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        App.Dispose();
    }
}
