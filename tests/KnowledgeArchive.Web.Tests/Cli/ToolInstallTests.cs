using KnowledgeArchive.Cli;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Cli;

/// <summary>The installed <c>ka</c> tool, run as a separate process: piped, and on a terminal (a pseudo-terminal made by <c>script</c>).</summary>
public sealed class ToolInstallTests : IClassFixture<InstalledTool>, IClassFixture<ArchiveAppFixture>
{
    private readonly InstalledTool _tool;
    private readonly ArchiveAppFixture _app;

    public ToolInstallTests(InstalledTool tool, ArchiveAppFixture app)
    {
        _tool = tool;
        _app = app;
    }

    [Fact]
    public async Task PackedTool_InstalledWithToolPath_RunsAsKa()
    {
        Assert.Single(Directory.GetFiles(_tool.Feed, "KnowledgeArchive.Cli.*.nupkg"));

        var help = await ExternalCommand.RunAsync(_tool.Ka, ["--help"]);

        Assert.Equal(0, help.Exit);
        Assert.Contains("ka [command] [options]", help.Out, StringComparison.Ordinal);
        Assert.Contains("decisions <words>", help.Out, StringComparison.Ordinal);
        Assert.Contains("page <id> <page>", help.Out, StringComparison.Ordinal);
        Assert.Contains("open <id>", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_HighlightsMatchesOnATerminal_AndPrintsPlainTextWhenPipedOrNoColorIsSet()
    {
        await Uploads.SettledAsync(_app, SampleMinutes.Pdf("podiatry service"), "podiatry.pdf", "indexed");
        string[] search = ["search", "podiatry", .. ServerArgs()];
        await Eventually.GetAsync(async () => (await ExternalCommand.RunAsync(_tool.Ka, search)).Out.Contains("podiatry.pdf", StringComparison.Ordinal) ? "found" : null, what: "the podiatry minutes");

        var piped = await ExternalCommand.RunAsync(_tool.Ka, search);
        var terminal = await OnTerminalAsync(search, noColour: false);
        var noColour = await OnTerminalAsync(search, noColour: true);

        Assert.Equal(ExitCodes.Success, piped.Exit);
        Assert.Contains("podiatry", piped.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u001b", piped.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("»", piped.Out, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;7m", terminal.Out, StringComparison.Ordinal);
        Assert.Contains("podiatry.pdf", noColour.Out, StringComparison.Ordinal);

        // The runtime sets the terminal's keypad mode on a terminal; what NO_COLOR rules out is colour and highlighting.
        Assert.DoesNotMatch(@"\u001b\[[0-9;]*m", noColour.Out);
    }

    [Fact]
    public async Task Open_OnATerminalWithNoBrowser_PrintsTheAddress_AndNeitherFailsNorHangs()
    {
        var id = await Uploads.SettledAsync(_app, SampleMinutes.Pdf("orthotics service"), "orthotics.pdf", "indexed");

        var open = await OnTerminalAsync(["open", id, "--page", "2", .. ServerArgs()], noColour: false);

        Assert.Equal(0, open.Exit);
        Assert.Contains(new Uri(_app.Factory.BaseAddress, $"documents/{id}#page-2").AbsoluteUri, open.Out, StringComparison.Ordinal);
    }

    private string[] ServerArgs() => ["--server", _app.Factory.BaseAddress.ToString(), "--api-key", TestKeys.Admin];

    // script(1) runs the command on a pseudo-terminal, as an interactive shell would, and copies what it shows to us.
    private Task<(int Exit, string Out, string Error)> OnTerminalAsync(string[] args, bool noColour)
    {
        var line = string.Join(' ', new[] { _tool.Ka }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        return ExternalCommand.RunAsync("script", ["-qec", line, "/dev/null"], new Dictionary<string, string?>
        {
            ["TERM"] = "xterm-256color",
            [CliEnvironment.NoColourVariable] = noColour ? "1" : null,
            ["DISPLAY"] = null,
            ["WAYLAND_DISPLAY"] = null,
            ["BROWSER"] = null,
        }, TimeSpan.FromSeconds(60));
    }
}
