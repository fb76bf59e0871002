using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Cli;

/// <summary>The CLI as users get it: packed as a .NET tool, installed with <c>dotnet tool install</c>, run as <c>ka</c>.</summary>
public sealed class ToolInstallTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ka-tool-").FullName;

    [Fact]
    public async Task PackedTool_InstalledWithToolPath_RunsAsKa()
    {
        var feed = Path.Combine(_directory, "artifacts");
        var tools = Path.Combine(_directory, "tools");

        // The build the tests run on is packed as it is (no second build), from a feed holding only it.
        var pack = await DotnetAsync("pack", RepositoryLayout.PathOf("src", "KnowledgeArchive.Cli"), "--no-build", "-c", RepositoryLayout.Configuration, "-o", feed);
        Assert.True(pack.Exit == 0, $"dotnet pack failed:\n{pack.Out}\n{pack.Error}");
        Assert.Single(Directory.GetFiles(feed, "KnowledgeArchive.Cli.*.nupkg"));
        var config = Path.Combine(_directory, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <configuration>
              <packageSources><clear /><add key="artifacts" value="{feed}" /></packageSources>
            </configuration>
            """);
        var install = await DotnetAsync("tool", "install", "--tool-path", tools, "--configfile", config, "KnowledgeArchive.Cli");
        Assert.True(install.Exit == 0, $"dotnet tool install failed:\n{install.Out}\n{install.Error}");

        var help = await ExternalCommand.RunAsync(Path.Combine(tools, OperatingSystem.IsWindows() ? "ka.exe" : "ka"), ["--help"]);

        Assert.Equal(0, help.Exit);
        Assert.Contains("ka [command] [options]", help.Out, StringComparison.Ordinal);
        Assert.Contains("search <query>", help.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", help.Out, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<(int Exit, string Out, string Error)> DotnetAsync(params string[] args) =>
        ExternalCommand.RunAsync("dotnet", args, new Dictionary<string, string?>
        {
            // A package cache of its own, so an earlier install of the same version cannot stand in for this build.
            ["NUGET_PACKAGES"] = Path.Combine(_directory, "packages"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        });
}
