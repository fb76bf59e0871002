namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>
/// The CLI as users get it: the build the tests run on, packed as a .NET tool (no second build) into a feed holding
/// only it, and installed from there with <c>dotnet tool install --tool-path</c>. Packed and installed once per class.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ka-tool-").FullName;

    /// <summary>The installed <c>ka</c> command.</summary>
    public string Ka => Path.Combine(_directory, "tools", OperatingSystem.IsWindows() ? "ka.exe" : "ka");

    public string Feed => Path.Combine(_directory, "artifacts");

    public async Task InitializeAsync()
    {
        var pack = await DotnetAsync("pack", RepositoryLayout.PathOf("src", "KnowledgeArchive.Cli"), "--no-build", "-c", RepositoryLayout.Configuration, "-o", Feed);
        Assert.True(pack.Exit == 0, $"dotnet pack failed:\n{pack.Out}\n{pack.Error}");
        var config = Path.Combine(_directory, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <configuration>
              <packageSources><clear /><add key="artifacts" value="{Feed}" /></packageSources>
            </configuration>
            """);
        var install = await DotnetAsync("tool", "install", "--tool-path", Path.GetDirectoryName(Ka)!, "--configfile", config, "KnowledgeArchive.Cli");
        Assert.True(install.Exit == 0, $"dotnet tool install failed:\n{install.Out}\n{install.Error}");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private Task<(int Exit, string Out, string Error)> DotnetAsync(params string[] args) =>
        ExternalCommand.RunAsync("dotnet", args, new Dictionary<string, string?>
        {
            // A package cache of its own, so an earlier install of the same version cannot stand in for this build.
            ["NUGET_PACKAGES"] = Path.Combine(_directory, "packages"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        });
}
