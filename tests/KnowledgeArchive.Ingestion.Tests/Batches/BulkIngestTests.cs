using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Ingestion.Tests.Batches;

public sealed class BulkIngestTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ka-batch-").FullName;

    private string Data => Path.Combine(_root, "data");

    private string Input => Path.Combine(_root, "input");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Batch_MixedFolder_AccountsForEveryFileAndZipEntry()
    {
        var minutes = BatchFiles.Pdf("Estates strategy approval");
        BatchFiles.Write(Input, "2019/gb-minutes.pdf", minutes);
        BatchFiles.Write(Input, "2019/copy of gb-minutes.pdf", minutes);
        BatchFiles.Write(Input, "policies/ifr.docx", BatchFiles.Docx("Individual funding requests"));
        BatchFiles.Write(Input, "notes.wpd", [0xFF, 0x57, 0x50, 0x43, .. "a format the archive does not read"u8]);
        BatchFiles.Write(Input, "empty.pdf", []);
        BatchFiles.Write(Input, "~$ifr.docx", [1, 2, 3]);
        BatchFiles.Write(Input, "archive.zip", BatchFiles.Zip(
            ("pccc/wound-care.pdf", BatchFiles.Pdf("Wound care service")),
            ("inner.zip", BatchFiles.Zip(("deep/gluten.docx", BatchFiles.Docx("Gluten free prescribing"))))));
        var config = BatchFiles.Config(_root, "\"exclude\": [\"**/~$*\"]");

        await using var archive = await ArchiveHost.StartAsync(Data, config);
        var started = await archive.Batches.StartAsync(Input, BatchFiles.SourceName, CancellationToken.None);
        var batch = await archive.WaitForBatchAsync(started.BatchId);
        var files = (await archive.Ledger.FilesAsync(batch.BatchId, CancellationToken.None)).Where(f => f.Outcome is not null).ToList();

        Assert.Equal(8, batch.Counts.Total);
        Assert.Equal(files.Count, batch.Counts.Total);
        Assert.Equal(new IngestCounts(Indexed: 4, Duplicate: 1, Quarantined: 2, Skipped: 1, Pending: 0), batch.Counts);
        Assert.Equal(IngestStatus.Quarantined, files.Single(f => f.Path == "notes.wpd").Outcome);
        Assert.Equal(QuarantineCodes.UnsupportedFormat, files.Single(f => f.Path == "notes.wpd").Reason?.Code);
        Assert.Equal(IngestSkipCodes.Excluded, files.Single(f => f.Path == "~$ifr.docx").Reason?.Code);
        Assert.Equal(QuarantineCodes.Empty, files.Single(f => f.Path == "empty.pdf").Reason?.Code);
        var original = files.Single(f => f.Path == "2019/copy of gb-minutes.pdf");
        var copy = files.Single(f => f.Path == "2019/gb-minutes.pdf");
        Assert.Equal(IngestStatus.Duplicate, new[] { original, copy }.Single(f => f.Outcome == IngestStatus.Duplicate).Outcome);
        Assert.Equal(original.DocumentId, copy.DocumentId);
        var nested = files.Single(f => f.Path == "archive.zip!/inner.zip!/deep/gluten.docx");
        Assert.Equal(IngestStatus.Indexed, nested.Outcome);
        Assert.Equal("deep/gluten.docx", nested.EntryPath);
        Assert.Equal(1, archive.Index.Search(new SearchQuery { Text = "gluten" }).Total);
    }

    [Fact]
    public async Task ZipEntry_Document_CarriesItsProvenance()
    {
        var zipBytes = BatchFiles.Zip(("board/2020/handover.pdf", BatchFiles.Pdf("Handover of commissioning responsibilities")));
        BatchFiles.Write(Input, "export.zip", zipBytes);
        var config = BatchFiles.Config(_root, "\"defaults\": { \"ccg\": \"NHS North Marsh CCG\", \"sensitivity\": \"restricted\" }");

        await using var archive = await ArchiveHost.StartAsync(Data, config);
        var batch = await archive.Batches.StartAsync(Path.Combine(Input, "export.zip"), BatchFiles.SourceName, CancellationToken.None);
        await archive.WaitForBatchAsync(batch.BatchId);
        var file = Assert.Single(await archive.Ledger.FilesAsync(batch.BatchId, CancellationToken.None), f => f.Outcome is not null);
        var document = await archive.Catalog.FindAsync(file.DocumentId!, CancellationToken.None);

        Assert.NotNull(document);
        Assert.Equal(BatchFiles.SourceName, document.Provenance.Source);
        Assert.Equal(batch.BatchId, document.Provenance.BatchId);
        Assert.Equal(Path.Combine(Input, "export.zip"), document.Provenance.OriginalPath);
        Assert.Equal("board/2020/handover.pdf", document.Provenance.EntryPath);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(zipBytes)), document.Provenance.ArchiveSha256);
        Assert.Equal("handover.pdf", document.FileName);
        Assert.Equal("NHS North Marsh CCG", document.Metadata.Ccg);
        Assert.Equal(Sensitivities.Restricted, document.Metadata.Sensitivity);
        Assert.StartsWith("ka-extract/", document.ExtractorVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameBatchTwice_SecondRunChangesNothing_AndReportsDuplicatesOfTheFirst()
    {
        for (var i = 0; i < 5; i++)
        {
            BatchFiles.Write(Input, $"gb-{i}.pdf", BatchFiles.Pdf($"Governing body item {i} on premises"));
        }

        BatchFiles.Write(Input, "bundle.zip", BatchFiles.Zip(("a.docx", BatchFiles.Docx("Bundle paper on premises"))));
        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root));
        var first = await archive.WaitForBatchAsync((await archive.Batches.StartAsync(Input, BatchFiles.SourceName, CancellationToken.None)).BatchId);
        var documentsAfterFirst = (await archive.Catalog.ListAsync(new DocumentQuery(), CancellationToken.None)).Total;
        var hitsAfterFirst = archive.Index.Search(new SearchQuery { Text = "premises", PageSize = 50 }).Total;

        var second = await archive.WaitForBatchAsync((await archive.Batches.StartAsync(Input, BatchFiles.SourceName, CancellationToken.None)).BatchId);

        Assert.Equal(new IngestCounts(6, 0, 0, 0, 0), first.Counts);
        Assert.Equal(new IngestCounts(0, 6, 0, 0, 0), second.Counts);
        Assert.Equal(6, documentsAfterFirst);
        Assert.Equal(documentsAfterFirst, (await archive.Catalog.ListAsync(new DocumentQuery(), CancellationToken.None)).Total);
        Assert.Equal(hitsAfterFirst, archive.Index.Search(new SearchQuery { Text = "premises", PageSize = 50 }).Total);
        var firstIds = (await archive.Ledger.FilesAsync(first.BatchId, CancellationToken.None)).Where(f => f.Outcome is not null).Select(f => f.DocumentId).Order();
        var duplicateOf = (await archive.Ledger.FilesAsync(second.BatchId, CancellationToken.None)).Where(f => f.Outcome is not null).Select(f => f.DuplicateOf).Order();
        Assert.Equal(firstIds, duplicateOf);
    }

    [Fact]
    public async Task ZipSlipEntries_AreQuarantined_AndTheRestIngested()
    {
        BatchFiles.Write(Input, "slip.zip", BatchFiles.Zip(
            ("../../outside.pdf", BatchFiles.Pdf("Climbing out")),
            ("/etc/absolute.pdf", BatchFiles.Pdf("Absolute path")),
            ("safe/inside.pdf", BatchFiles.Pdf("Safe inside"))));
        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root));
        var batch = await archive.WaitForBatchAsync((await archive.Batches.StartAsync(Input, BatchFiles.SourceName, CancellationToken.None)).BatchId);
        var files = (await archive.Ledger.FilesAsync(batch.BatchId, CancellationToken.None)).Where(f => f.Outcome is not null).ToList();

        Assert.Equal(new IngestCounts(1, 0, 2, 0, 0), batch.Counts);
        Assert.All(files.Where(f => f.Path != "slip.zip!/safe/inside.pdf"), f => Assert.Equal(QuarantineCodes.UnsafePath, f.Reason?.Code));
        Assert.Contains("zip-slip", files.Single(f => f.EntryPath == "../../outside.pdf").Reason!.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "outside.pdf")));
        Assert.False(File.Exists(Path.Combine(Data, "outside.pdf")));
        Assert.Equal(1, (await archive.Catalog.ListAsync(new DocumentQuery(), CancellationToken.None)).Total);

        // Running the failures again reads them again, and refuses them again.
        await archive.Batches.RerunFailuresAsync(batch.BatchId, CancellationToken.None);
        var rerun = await archive.WaitForBatchAsync(batch.BatchId);
        Assert.Equal(new IngestCounts(1, 0, 2, 0, 0), rerun.Counts);
        Assert.Equal(1, (await archive.Catalog.ListAsync(new DocumentQuery(), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task ZipBomb_EntryOverTheRatio_IsQuarantined_AndItsSiblingsIngested()
    {
        BatchFiles.Write(Input, "ratio.zip", BatchFiles.Zip(("bomb.pdf", new byte[64 * 1024 * 1024]), ("fine.pdf", BatchFiles.Pdf("Fine paper"))));
        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root, zipJson: "\"maxCompressionRatio\": 100"));
        var batch = await archive.WaitForBatchAsync((await archive.Batches.StartAsync(Input, BatchFiles.SourceName, CancellationToken.None)).BatchId);
        var files = (await archive.Ledger.FilesAsync(batch.BatchId, CancellationToken.None)).Where(f => f.Outcome is not null).ToList();

        var bomb = files.Single(f => f.Path == "ratio.zip!/bomb.pdf");
        Assert.Equal(QuarantineCodes.ZipBomb, bomb.Reason?.Code);
        Assert.Contains("maxCompressionRatio", bomb.Reason!.Message, StringComparison.Ordinal);
        Assert.Equal(IngestStatus.Indexed, files.Single(f => f.Path == "ratio.zip!/fine.pdf").Outcome);
        Assert.Equal(new IngestCounts(1, 0, 1, 0, 0), batch.Counts);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Data, "work", "batches")));

        await archive.Batches.RerunFailuresAsync(batch.BatchId, CancellationToken.None);
        var rerun = await archive.WaitForBatchAsync(batch.BatchId);
        Assert.Equal(new IngestCounts(1, 0, 1, 0, 0), rerun.Counts);
        Assert.Equal(QuarantineCodes.ZipBomb, (await archive.Ledger.FilesAsync(batch.BatchId, CancellationToken.None)).Single(f => f.Path == "ratio.zip!/bomb.pdf").Reason?.Code);
    }

    [Fact]
    public async Task ZipEntryHoldingMoreThanItDeclares_IsQuarantined_NotTakenTruncated()
    {
        BatchFiles.Write(Input, "liar.zip", BatchFiles.ZipUnderstatingItsSize("small.pdf", new byte[8 * 1024 * 1024], declaredSize: 1000));
        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root));
        var batch = await archive.WaitForBatchAsync((await archive.Batches.StartAsync(Input, BatchFiles.SourceName, CancellationToken.None)).BatchId);
        var file = Assert.Single(await archive.Ledger.FilesAsync(batch.BatchId, CancellationToken.None), f => f.Outcome is not null);

        Assert.Equal(IngestStatus.Quarantined, file.Outcome);
        Assert.Equal(QuarantineCodes.Corrupt, file.Reason?.Code);
        Assert.Contains("does not match its declared size (1,000 bytes) and CRC-32", file.Reason!.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await archive.Catalog.ListAsync(new DocumentQuery(), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task ZipOverTheTotalSizeLimit_IsQuarantinedWhole()
    {
        BatchFiles.Write(Input, "big.zip", BatchFiles.Zip(("a.docx", BatchFiles.Docx("First paper")), ("b.docx", BatchFiles.Docx("Second paper"))));
        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root, zipJson: "\"maxExpandedBytes\": 1000"));
        var batch = await archive.WaitForBatchAsync((await archive.Batches.StartAsync(Input, BatchFiles.SourceName, CancellationToken.None)).BatchId);
        var file = Assert.Single(await archive.Ledger.FilesAsync(batch.BatchId, CancellationToken.None));

        Assert.Equal(new IngestCounts(0, 0, 1, 0, 0), batch.Counts);
        Assert.Equal(QuarantineCodes.ZipBomb, file.Reason?.Code);
        Assert.Contains("over the limit of 1,000", file.Reason!.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await archive.Catalog.ListAsync(new DocumentQuery(), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task NestedZips_AreReadToTheDepthLimit_AndDeeperOnesQuarantined()
    {
        var level3 = BatchFiles.Zip(("three.pdf", BatchFiles.Pdf("Third level paper")));
        var level2 = BatchFiles.Zip(("two.pdf", BatchFiles.Pdf("Second level paper")), ("level3.zip", level3));
        BatchFiles.Write(Input, "level1.zip", BatchFiles.Zip(("one.docx", BatchFiles.Docx("First level paper")), ("level2.zip", level2)));
        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root, zipJson: "\"maxDepth\": 2"));
        var batch = await archive.WaitForBatchAsync((await archive.Batches.StartAsync(Input, BatchFiles.SourceName, CancellationToken.None)).BatchId);
        var files = (await archive.Ledger.FilesAsync(batch.BatchId, CancellationToken.None)).Where(f => f.Outcome is not null).ToList();

        Assert.Equal(["level1.zip!/level2.zip!/level3.zip", "level1.zip!/level2.zip!/two.pdf", "level1.zip!/one.docx"], files.Select(f => f.Path));
        Assert.Equal(QuarantineCodes.ZipTooDeep, files[0].Reason?.Code);
        Assert.Equal(new IngestCounts(2, 0, 1, 0, 0), batch.Counts);
        Assert.Equal(1, archive.Index.Search(new SearchQuery { Text = "\"second level paper\"" }).Total);
    }

    [Fact]
    public async Task DuplicatesInsideAZip_AndAcrossBatches_NameTheDocumentTheyDuplicate()
    {
        var paper = BatchFiles.Pdf("Conflicts of interest policy");
        BatchFiles.Write(Input, "first/paper.pdf", paper);
        BatchFiles.Write(Input, "second/bundle.zip", BatchFiles.Zip(("x/paper.pdf", paper), ("y/paper again.pdf", paper)));
        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root));
        var first = await archive.WaitForBatchAsync((await archive.Batches.StartAsync(Path.Combine(Input, "first"), BatchFiles.SourceName, CancellationToken.None)).BatchId);
        var documentId = Assert.Single(await archive.Ledger.FilesAsync(first.BatchId, CancellationToken.None)).DocumentId;

        var second = await archive.WaitForBatchAsync((await archive.Batches.StartAsync(Path.Combine(Input, "second"), BatchFiles.SourceName, CancellationToken.None)).BatchId);
        var entries = (await archive.Ledger.FilesAsync(second.BatchId, CancellationToken.None)).Where(f => f.Outcome is not null).ToList();

        Assert.Equal(new IngestCounts(0, 2, 0, 0, 0), second.Counts);
        Assert.All(entries, e => Assert.Equal(documentId, e.DuplicateOf));
        Assert.Equal(1, (await archive.Catalog.ListAsync(new DocumentQuery(), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task ZipDroppedInTheInbox_BecomesABatch_AndLeavesTheInbox()
    {
        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root));
        var inboxZip = Path.Combine(archive.Paths.InboxDirectory, "handover pack.zip");
        await File.WriteAllBytesAsync(inboxZip, BatchFiles.Zip(
            ("minutes/inbox-zip.pdf", BatchFiles.Pdf("Inbox zip minutes")),
            ("policy.docx", BatchFiles.Docx("Inbox zip policy"))));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        IReadOnlyList<IngestBatch> batches = [];
        while (batches.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            batches = await archive.Ledger.ListBatchesAsync(10, CancellationToken.None);
        }

        var batch = await archive.WaitForBatchAsync(Assert.Single(batches).BatchId);

        Assert.Equal("inbox", batch.Source);
        Assert.Equal(new IngestCounts(2, 0, 0, 0, 0), batch.Counts);
        Assert.False(File.Exists(inboxZip));
        Assert.True(File.Exists(batch.InputPath));
        Assert.Equal(2, (await archive.Catalog.ListAsync(new DocumentQuery(Status: DocumentStatus.Indexed), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task LinkToAFolder_IsReportedAndNotFollowed()
    {
        BatchFiles.Write(Input, "real/paper.pdf", BatchFiles.Pdf("Linked folder paper"));
        Directory.CreateSymbolicLink(Path.Combine(Input, "loop"), Input);
        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root));
        var batch = await archive.WaitForBatchAsync((await archive.Batches.StartAsync(Input, BatchFiles.SourceName, CancellationToken.None)).BatchId);
        var files = await archive.Ledger.FilesAsync(batch.BatchId, CancellationToken.None);

        Assert.Equal(["loop", "real/paper.pdf"], files.Select(f => f.Path));
        Assert.Equal(IngestSkipCodes.Link, files[0].Reason?.Code);
        Assert.Equal(new IngestCounts(1, 0, 0, 1, 0), batch.Counts);
    }

    [Fact]
    public async Task IncludePatterns_SkipOtherFiles_NamingThePatterns_ButZipsAreStillOpened()
    {
        BatchFiles.Write(Input, "Minutes/GB.PDF", BatchFiles.Pdf("Included minutes"));
        BatchFiles.Write(Input, "papers/report.docx", BatchFiles.Docx("Excluded report"));
        BatchFiles.Write(Input, "pack.zip", BatchFiles.Zip(("inner/included.pdf", BatchFiles.Pdf("Included from zip")), ("inner/left.docx", BatchFiles.Docx("Left in zip"))));
        var json = "\"path\": " + System.Text.Json.JsonSerializer.Serialize(Input) + ", \"include\": [\"**/*.pdf\"]";
        await using var archive = await ArchiveHost.StartAsync(Data, BatchFiles.Config(_root, json));

        // No path given: the source's own.
        var batch = await archive.WaitForBatchAsync((await archive.Batches.StartAsync(null, BatchFiles.SourceName, CancellationToken.None)).BatchId);
        var files = (await archive.Ledger.FilesAsync(batch.BatchId, CancellationToken.None)).Where(f => f.Outcome is not null).ToList();

        Assert.Equal(Input, batch.InputPath);
        Assert.Equal(new IngestCounts(2, 0, 0, 2, 0), batch.Counts);
        Assert.Equal(IngestStatus.Indexed, files.Single(f => f.Path == "Minutes/GB.PDF").Outcome);
        var left = files.Single(f => f.Path == "pack.zip!/inner/left.docx");
        Assert.Equal(IngestSkipCodes.NotIncluded, left.Reason?.Code);
        Assert.Equal("matches none of the source's include patterns (**/*.pdf)", left.Reason?.Message);
        Assert.Equal(IngestSkipCodes.NotIncluded, files.Single(f => f.Path == "papers/report.docx").Reason?.Code);
    }
}
