using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Security;

public sealed class BootstrapKeyTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "ka-bootstrap-tests", Guid.NewGuid().ToString("N"), "data");

    [Fact]
    public async Task FirstStart_WithoutAConfiguredKey_WritesAnAdminKeyToAPrivateFile_AndLogsOnlyItsPath()
    {
        await using var service = await ServiceProcess.StartWithoutConfiguredKeyAsync(_data);
        var file = Path.Combine(_data, "bootstrap-admin.key");

        Assert.True(File.Exists(file), service.Log);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        var key = (await File.ReadAllTextAsync(file)).Trim();
        Assert.Contains(file, service.Log, StringComparison.Ordinal);
        Assert.DoesNotContain(key, service.Log, StringComparison.Ordinal);

        var keys = await service.CreateApi(key).ListKeysAsync();
        Assert.Equal(Roles.Admin, Assert.Single(keys.Items).Role);
    }

    public void Dispose()
    {
        var root = Path.GetDirectoryName(_data)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
