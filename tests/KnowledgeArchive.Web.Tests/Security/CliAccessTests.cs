using KnowledgeArchive.Cli;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Security;

public sealed class CliAccessTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public CliAccessTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task WithoutAKey_SaysHowToGiveOne()
    {
        var run = await RunAsync(null, "search", "policy");

        Assert.Equal(ExitCodes.NotAllowed, run.Exit);
        Assert.Contains("the service needs an API key: pass --api-key or set KA_API_KEY", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAWrongKey_SaysItWasNotAccepted()
    {
        var run = await RunAsync("ka_wrong", "search", "policy");

        Assert.Equal(ExitCodes.NotAllowed, run.Exit);
        Assert.Contains("did not accept the API key", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_CreateListRevoke_AndTheNewKeyWorksUntilRevoked()
    {
        var created = await RunAsync(TestKeys.Admin, "keys", "create", "ICB staff", "--role", "reader");
        Assert.Equal(ExitCodes.Success, created.Exit);
        var lines = created.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var keyId = lines[0].Split(' ')[1];
        var key = lines[1];

        Assert.Equal(ExitCodes.Success, (await RunAsync(key, "search", "policy")).Exit);
        var forbidden = await RunAsync(key, "keys", "list");
        Assert.Equal(ExitCodes.NotAllowed, forbidden.Exit);
        Assert.Contains("(reader)", forbidden.Error, StringComparison.Ordinal);

        var list = await RunAsync(TestKeys.Admin, "keys", "list");
        Assert.Contains(keyId, list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list.Out, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, (await RunAsync(TestKeys.Admin, "keys", "revoke", keyId)).Exit);
        Assert.Equal(ExitCodes.NotAllowed, (await RunAsync(key, "search", "policy")).Exit);
        Assert.Equal(ExitCodes.Failed, (await RunAsync(TestKeys.Admin, "keys", "revoke", "key-unknown")).Exit);
    }

    [Fact]
    public async Task Audit_ListsEntries_VerifyAndFixityPass()
    {
        await RunAsync(TestKeys.Admin, "search", "audited words");

        var audit = await RunAsync(TestKeys.Admin, "audit", "--action", "search", "--limit", "5");
        var verify = await RunAsync(TestKeys.Admin, "audit", "verify");
        var fixity = await RunAsync(TestKeys.Admin, "fixity");

        Assert.Equal(ExitCodes.Success, audit.Exit);
        Assert.Contains("q=audited words", audit.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, verify.Exit);
        Assert.Contains("audit log intact", verify.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, fixity.Exit);
        Assert.Contains("all intact", fixity.Out, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Out, string Error)> RunAsync(string? key, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] keyArgs = key is null ? [] : ["--api-key", key];
        var exit = await CliApp.RunAsync(
            [.. args, "--server", _app.Factory.BaseAddress.ToString(), .. keyArgs],
            new CliEnvironment(output, error, CliEnvironment.CreateHttpClient));
        return (exit, output.ToString(), error.ToString());
    }
}
