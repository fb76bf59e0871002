using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Hosting;

public sealed class ServiceProcessTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("ka-process-").FullName;

    [Fact]
    public async Task Service_CreatesItsDataDirectory_IngestsInbox_AndKeepsDocumentsAcrossRestart()
    {
        var data = Path.Combine(_dataDirectory, "data");
        string documentId;
        await using (var service = await ServiceProcess.StartAsync(data))
        {
            Assert.True(Directory.Exists(Path.Combine(data, "inbox")), "inbox created");
            await File.WriteAllBytesAsync(Path.Combine(data, "inbox", "restart.pdf"), SampleFiles.Pdf("Restart check", "Continuing healthcare fast track pathway."));
            var hit = await Eventually.GetAsync(async () => (await service.CreateApi().SearchAsync("fast track pathway")).Hits is [var first, ..] ? first : null);
            documentId = hit.DocumentId;
            await service.StopAsync();
        }

        await using (var again = await ServiceProcess.StartAsync(data))
        {
            var results = await again.CreateApi().SearchAsync("fast track pathway");
            Assert.Equal(documentId, Assert.Single(results.Hits).DocumentId);
        }
    }

    [Fact]
    public async Task Service_KilledWithSigkill_RestartsAndServesWhatWasCommitted()
    {
        var data = Path.Combine(_dataDirectory, "killed");
        await using (var service = await ServiceProcess.StartAsync(data))
        {
            await File.WriteAllBytesAsync(Path.Combine(data, "inbox", "killed.docx"), SampleFiles.Docx("Kill check", "Individual funding request panel terms of reference."));
            await Eventually.GetAsync(async () => (await service.CreateApi().SearchAsync("funding request panel")).Hits is [var first, ..] ? first : null);
            await service.KillAsync();
        }

        await using var restarted = await ServiceProcess.StartAsync(data);
        var results = await restarted.CreateApi().SearchAsync("funding request panel");
        Assert.Single(results.Hits);
        Assert.Equal(1, (await restarted.CreateApi().ListDocumentsAsync()).Total);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
