using KnowledgeArchive.Catalog;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Ingestion.Tests.Batches;

public sealed class LedgerResumeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ka-resume-").FullName;

    private string Data => Path.Combine(_root, "data");

    private string Input => Path.Combine(_root, "input");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task BatchInterruptedHalfwayThroughStaging_ResumesAtStart_WithEveryFileOnce()
    {
        for (var i = 0; i < 6; i++)
        {
            BatchFiles.Write(Input, $"paper-{i}.pdf", BatchFiles.Pdf($"Resumed paper number {i} on estates"));
        }

        // What a crash leaves: a listed batch, two files recorded (one with its document), the rest pending.
        var paths = new ArchivePaths(new ArchiveOptions { DataDirectory = Data });
        paths.EnsureCreated();
        var ledger = new SqliteIngestLedger(new CatalogDatabase(paths));
        var batchId = await ledger.CreateBatchAsync(BatchFiles.SourceName, Input, DateTimeOffset.UtcNow, CancellationToken.None);
        await ledger.ListFilesAsync(batchId, [.. Enumerable.Range(0, 6).Select(i => new NewIngestFile($"paper-{i}.pdf", new IngestFileLocation(Path.Combine(Input, $"paper-{i}.pdf"), [])))], CancellationToken.None);
        var stored = await new FileSystemOriginalStore(paths).SaveAsync(File.OpenRead(Path.Combine(Input, "paper-0.pdf")), CancellationToken.None);
        var record = new DocumentRecord
        {
            DocumentId = DocumentIds.FromSha256(stored.Sha256),
            Sha256 = stored.Sha256,
            FileName = "paper-0.pdf",
            Format = FileFormat.Unknown,
            SizeBytes = stored.SizeBytes,
            IngestedAt = DateTimeOffset.UtcNow,
        };
        Assert.Equal(IngestStatus.Pending, (await ledger.AcceptAsync(batchId, 0, record, CancellationToken.None)).Status);
        Assert.Equal(IngestStatus.Duplicate, (await ledger.AcceptAsync(batchId, 0, record, CancellationToken.None)).Status);

        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root));
        var batch = await archive.WaitForBatchAsync(batchId);

        Assert.Equal(new IngestCounts(6, 0, 0, 0, 0), batch.Counts);
        var files = await archive.Ledger.FilesAsync(batchId, CancellationToken.None);
        Assert.Equal(6, files.Select(f => f.DocumentId).Distinct().Count());
        Assert.Equal(6, (await archive.Catalog.ListAsync(new DocumentQuery(), CancellationToken.None)).Total);
        Assert.Equal(6, archive.Index.Search(new SearchQuery { Text = "resumed estates", PageSize = 20 }).Total);
    }

    [Fact]
    public async Task RerunFailures_ReadsQuarantinedFilesAgain()
    {
        BatchFiles.Write(Input, "moved.pdf", BatchFiles.Pdf("Moved paper"));

        // The file disappears between listing and reading: quarantined as unreadable; put back, it is read on re-run.
        var paths = new ArchivePaths(new ArchiveOptions { DataDirectory = Data });
        paths.EnsureCreated();
        var ledger = new SqliteIngestLedger(new CatalogDatabase(paths));
        var batchId = await ledger.CreateBatchAsync(BatchFiles.SourceName, Input, DateTimeOffset.UtcNow, CancellationToken.None);
        await ledger.ListFilesAsync(batchId, [new NewIngestFile("gone.pdf", new IngestFileLocation(Path.Combine(Input, "gone.pdf"), []))], CancellationToken.None);
        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root));
        var failed = await archive.WaitForBatchAsync(batchId);
        Assert.Equal(new IngestCounts(0, 0, 1, 0, 0), failed.Counts);
        Assert.Equal(QuarantineCodes.Unreadable, Assert.Single(await archive.Ledger.FilesAsync(batchId, CancellationToken.None)).Reason?.Code);

        File.Move(Path.Combine(Input, "moved.pdf"), Path.Combine(Input, "gone.pdf"));
        await archive.Batches.RerunFailuresAsync(batchId, CancellationToken.None);
        var rerun = await archive.WaitForBatchAsync(batchId);

        Assert.Equal(new IngestCounts(1, 0, 0, 0, 0), rerun.Counts);
    }
}
