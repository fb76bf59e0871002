using KnowledgeArchive.Catalog;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Ingestion.Tests;

public sealed class RecoveryTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "ka-recover-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task DocumentLeftPendingByACrash_IsProcessedAtTheNextStart()
    {
        // What a crash after storing the original, before extraction, leaves behind.
        var paths = new ArchivePaths(new ArchiveOptions { DataDirectory = _data });
        paths.EnsureCreated();
        var bytes = new PdfDocumentWriter().ToBytes(new DocumentSpec("Estates", [PageSpec.Of(new ParagraphBlock("Estates strategy for primary care premises."))]));
        var stored = await new FileSystemOriginalStore(paths).SaveAsync(new MemoryStream(bytes), CancellationToken.None);
        var catalog = new SqliteDocumentCatalog(new CatalogDatabase(paths));
        await catalog.TryAddAsync(new DocumentRecord
        {
            DocumentId = DocumentIds.FromSha256(stored.Sha256),
            Sha256 = stored.Sha256,
            FileName = "estates.pdf",
            Format = FileFormat.Unknown,
            SizeBytes = stored.SizeBytes,
            IngestedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);

        await using var archive = await ArchiveHost.StartAsync(_data);
        var record = await archive.WaitForFileAsync("estates.pdf");

        Assert.Equal(DocumentStatus.Indexed, record.Status);
        Assert.Single(archive.Index.Search(new SearchQuery { Text = "premises" }).Hits);
    }

    [Fact]
    public async Task LostIndex_IsRebuiltFromTheCatalogAtStart()
    {
        await using (var archive = await ArchiveHost.StartAsync(_data))
        {
            await File.WriteAllBytesAsync(
                Path.Combine(archive.Paths.InboxDirectory, "ifr.docx"),
                new DocxDocumentWriter().ToBytes(new DocumentSpec("IFR", [PageSpec.Of(new ParagraphBlock("Individual funding request panel."))])));
            await archive.WaitForFileAsync("ifr.docx");
        }

        Directory.Delete(Path.Combine(_data, "index"), recursive: true);

        await using var restarted = await ArchiveHost.StartAsync(_data);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (restarted.Index.Search(new SearchQuery { Text = "funding panel" }).Total == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, restarted.Index.Search(new SearchQuery { Text = "funding panel" }).Total);
    }
}
