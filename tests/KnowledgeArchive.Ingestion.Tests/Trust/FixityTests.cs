using KnowledgeArchive.Catalog;
using KnowledgeArchive.Catalog.Fixity;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using Microsoft.Data.Sqlite;

namespace KnowledgeArchive.Ingestion.Tests.Trust;

public sealed class FixityTests : IDisposable
{
    private readonly ArchivePaths paths = new(new ArchiveOptions { DataDirectory = Path.Combine(Path.GetTempPath(), "ka-fixity-tests", Guid.NewGuid().ToString("N")) });

    [Fact]
    public async Task EveryOriginal_IsRehashed_AndChangedOrMissingOnesAreReported()
    {
        paths.EnsureCreated();
        var database = new CatalogDatabase(paths);
        var catalog = new SqliteDocumentCatalog(database);
        var originals = new FileSystemOriginalStore(paths);
        var stored = new List<(string Id, string Sha256)>();
        for (var i = 0; i < 3; i++)
        {
            var original = await originals.SaveAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 minutes {i}")), CancellationToken.None);
            var id = $"doc-{i}";
            var record = new DocumentRecord
            {
                DocumentId = id,
                Sha256 = original.Sha256,
                FileName = $"minutes-{i}.pdf",
                Format = FileFormat.Pdf,
                SizeBytes = original.SizeBytes,
                IngestedAt = DateTimeOffset.UnixEpoch,
                Status = DocumentStatus.Indexed,
            };
            await catalog.SaveAsync(record, [new PageText(1, "text")], null, CancellationToken.None);
            stored.Add((id, original.Sha256));
        }

        var checker = new FixityChecker(new SqliteDecisionStore(database), originals);
        Assert.True((await checker.CheckAsync(CancellationToken.None)).Intact);

        // Bit rot in one original, another deleted.
        var rotten = originals.PathOf(stored[1].Sha256);
        File.SetAttributes(rotten, FileAttributes.Normal);
        var bytes = await File.ReadAllBytesAsync(rotten);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(rotten, bytes);
        File.Delete(originals.PathOf(stored[2].Sha256));

        var report = await checker.CheckAsync(CancellationToken.None);

        Assert.Equal(3, report.Checked);
        Assert.False(report.Intact);
        Assert.Equal([("doc-1", FixityChecker.Mismatch), ("doc-2", FixityChecker.Missing)], report.Problems.Select(p => (p.DocumentId, p.Kind)));
        Assert.NotEqual(stored[1].Sha256, report.Problems[0].ActualSha256);
        Assert.Equal(stored[2].Sha256, report.Problems[1].ExpectedSha256);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(paths.DataDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(paths.DataDirectory, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(paths.DataDirectory, recursive: true);
        }
    }
}
