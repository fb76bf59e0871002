using System.Runtime.InteropServices;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Hosting;

/// <summary>Where the archive lives when nobody says: the user's data folder, never the source tree.</summary>
public sealed class DefaultDataDirectoryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ka-default-data-").FullName;

    [Theory]
    [InlineData("/srv/xdg", "/srv/xdg/knowledgearchive")]
    [InlineData(null, "/home/ccg/.local/share/knowledgearchive")]
    [InlineData("", "/home/ccg/.local/share/knowledgearchive")]
    [InlineData("relative/share", "/home/ccg/.local/share/knowledgearchive")]
    public void Linux_FollowsXdgDataHome_ElseLocalShare(string? xdgDataHome, string expected)
    {
        var found = DefaultDataDirectory.For(OSPlatform.Linux, name => name == "XDG_DATA_HOME" ? xdgDataHome : null, "/home/ccg");
        Assert.Equal(expected, found);
    }

    [Fact]
    public void MacOs_UsesApplicationSupport()
    {
        var found = DefaultDataDirectory.For(OSPlatform.OSX, _ => "/ignored", "/Users/ccg");
        Assert.Equal("/Users/ccg/Library/Application Support/knowledgearchive", found);
    }

    [Fact]
    public async Task Service_RunWithoutADataDirectory_KeepsItsDataAndKeyInTheUsersDataFolder_NotTheWorkingDirectory()
    {
        var work = Path.Combine(_root, "checkout");
        var xdg = Path.Combine(_root, "xdg");
        var home = Path.Combine(_root, "home");
        await using var service = await ServiceProcess.StartUnconfiguredAsync(work, new Dictionary<string, string> { ["XDG_DATA_HOME"] = xdg, ["HOME"] = home });

        var data = Path.Combine(xdg, "knowledgearchive");
        var keyFile = Path.Combine(data, "bootstrap-admin.key");
        Assert.True(File.Exists(keyFile), $"the bootstrap key is written to {keyFile}");
        Assert.True(File.Exists(Path.Combine(data, "catalog.db")), "the catalog is in the user's data folder");
        Assert.Contains(keyFile, service.Log, StringComparison.Ordinal);
        Assert.Contains("Archive data directory: " + data, service.Log, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(data, "session-keys")));
        }

        var key = (await File.ReadAllTextAsync(keyFile)).Trim();
        Assert.Equal(0, (await service.CreateApi(key).ListDocumentsAsync()).Total);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
