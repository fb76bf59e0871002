using KnowledgeArchive.Catalog;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Ingestion.Tests;

/// <summary>
/// A saved document's status reaches readers of the catalog and the ledger only once the save has published it to
/// searches: whoever polls a batch or an upload until it says "indexed" can search for it at once.
/// </summary>
public sealed class CatalogPublicationTests : IDisposable
{
    private static readonly TimeSpan Held = TimeSpan.FromMilliseconds(300);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ka-publish-" + Guid.NewGuid().ToString("N"));
    private readonly CatalogDatabase _database;
    private readonly SqliteDocumentCatalog _catalog;
    private readonly SqliteIngestLedger _ledger;

    public CatalogPublicationTests()
    {
        _database = new CatalogDatabase(new ArchivePaths(new ArchiveOptions { DataDirectory = _directory }));
        _catalog = new SqliteDocumentCatalog(_database);
        _ledger = new SqliteIngestLedger(_database);
    }

    [Fact]
    public async Task Readers_WaitForTheSavesPublication_ThenSeeIndexed()
    {
        var batchId = await AcceptPendingAsync();
        using var publishing = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var save = Task.Run(() => _catalog.SaveAllAsync([Indexed()], CatalogAmendments.None, () =>
        {
            publishing.Set();
            release.Wait(TimeSpan.FromSeconds(30));
        }, CancellationToken.None));
        Assert.True(publishing.Wait(TimeSpan.FromSeconds(10)));

        var record = _catalog.FindAsync("doc-1", RecordScope.All, CancellationToken.None);
        var list = _catalog.ListAsync(new DocumentQuery(Scope: RecordScope.All), CancellationToken.None);
        var batch = _ledger.FindBatchAsync(batchId, CancellationToken.None);
        var files = _ledger.FilesAsync(batchId, RecordScope.PublicOnly, CancellationToken.None);
        await Task.Delay(Held);

        Assert.False(record.IsCompleted);
        Assert.False(list.IsCompleted);
        Assert.False(batch.IsCompleted);
        Assert.False(files.IsCompleted);
        release.Set();
        await save;
        Assert.Equal(DocumentStatus.Indexed, (await record)?.Status);
        Assert.Equal(DocumentStatus.Indexed, Assert.Single((await list).Items).Status);
        Assert.Equal(new IngestCounts(1, 0, 0, 0, 0), (await batch)?.Counts);
        Assert.Equal(IngestStatus.Indexed, Assert.Single(await files).Outcome);
    }

    [Fact]
    public async Task Readers_AreNotHeld_WhenNoSaveIsPublishing_OrAfterAFailedOne()
    {
        var batchId = await AcceptPendingAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _catalog.SaveAllAsync([Indexed()], CatalogAmendments.None, () => throw new InvalidOperationException("index closed"), CancellationToken.None));

        var batch = await _ledger.FindBatchAsync(batchId, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new IngestCounts(1, 0, 0, 0, 0), batch?.Counts);
        Assert.Equal(DocumentStatus.Indexed, (await _catalog.FindAsync("doc-1", CancellationToken.None))?.Status);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private async Task<string> AcceptPendingAsync()
    {
        var batchId = await _ledger.CreateBatchAsync("tests", "/in", DateTimeOffset.UnixEpoch, CancellationToken.None);
        await _ledger.ListFilesAsync(batchId, [new NewIngestFile("a.pdf", new IngestFileLocation("/in/a.pdf", []))], CancellationToken.None);
        var file = Assert.Single(await _ledger.PendingFilesAsync(batchId, 10, CancellationToken.None));
        await _ledger.AcceptAsync(batchId, file.Ordinal, Record(DocumentStatus.Pending), CancellationToken.None);
        return batchId;
    }

    private static CatalogEntry Indexed() => new(Record(DocumentStatus.Indexed), [new PageText(1, "Estates strategy approved")], null);

    private static DocumentRecord Record(DocumentStatus status) => new()
    {
        DocumentId = "doc-1",
        Sha256 = new string('a', 64),
        FileName = "a.pdf",
        Format = FileFormat.Pdf,
        SizeBytes = 100,
        IngestedAt = DateTimeOffset.UnixEpoch,
        Status = status,
        Title = "Estates strategy",
        PageCount = status == DocumentStatus.Indexed ? 1 : 0,
        Metadata = new DocumentMetadata(),
    };
}
