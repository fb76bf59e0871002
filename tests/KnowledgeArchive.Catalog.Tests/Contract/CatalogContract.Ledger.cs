namespace KnowledgeArchive.Catalog.Tests.Contract;

public abstract partial class CatalogContract
{
    [Fact]
    public async Task Ledger_EveryFileIsAccountedForOnce_AcceptedDuplicateSkippedOrPending()
    {
        var batch = await Ledger.CreateBatchAsync("upload", "/uploads/papers.zip", new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero), None);
        await Ledger.ListFilesAsync(batch, [File("a.pdf"), File("b.pdf"), File("copy-of-a.pdf"), File("papers.zip"), File("notes.tmp")], None);
        var first = Record("bytes-of-a", DocumentStatus.Pending);

        Assert.Equal(IngestStatus.Pending, (await Ledger.AcceptAsync(batch, 0, first, None)).Status);
        Assert.Equal(IngestStatus.Duplicate, (await Ledger.AcceptAsync(batch, 0, first, None)).Status);
        Assert.Equal(IngestStatus.Duplicate, (await Ledger.AcceptAsync(batch, 2, first, None)).Status);
        await Ledger.SetVerdictAsync(batch, 4, IngestFileVerdict.Skipped("temporary", "a temporary file"), null, null, None);
        await Ledger.ExpandAsync(batch, 3, Sha("zip"), 99, [File("papers.zip/c.pdf"), File("papers.zip/d.pdf")], None);
        await Documents.SaveAsync(first with { Status = DocumentStatus.Indexed }, Pages(), null, None);

        var found = await Ledger.FindBatchAsync(batch, None);
        Assert.Equal(new IngestCounts(Indexed: 1, Duplicate: 1, Quarantined: 0, Skipped: 1, Pending: 3), found!.Counts);
        Assert.Equal([1L, 5L, 6L], (await Ledger.PendingFilesAsync(batch, 10, None)).Select(f => f.Ordinal));
        Assert.Equal(3, (await Ledger.PendingFilesAsync(batch, 10, None))[2].ParentOrdinal);
        Assert.Equal([batch], await Ledger.ListUnfinishedBatchIdsAsync(None));
        Assert.Equal(first.DocumentId, (await Ledger.FilesAsync(batch, None)).Single(f => f.Path == "copy-of-a.pdf").DuplicateOf);
        Assert.Equal(batch, Assert.Single(await Ledger.ListBatchesAsync(10, None)).BatchId);
        Assert.Equal(1, await CountAsync(Catalog, "documents"));
    }

    [Fact]
    public async Task Ledger_AcceptAll_RecordsAGroupInOneGo_NewDuplicateAndAlreadyRecorded()
    {
        var batch = await Ledger.CreateBatchAsync("shared-drive", "/drive", DateTimeOffset.UnixEpoch, None);
        await Ledger.ListFilesAsync(batch, [File("a.pdf"), File("b.docx"), File("copy-of-a.pdf"), File("c.pdf")], None);
        var a = Record("group-a", DocumentStatus.Pending);
        var b = Record("group-b", DocumentStatus.Pending);
        var c = Record("group-c", DocumentStatus.Pending);
        await Ledger.AcceptAsync(batch, 3, c, None);

        var outcomes = await Ledger.AcceptAllAsync(batch, [new(0, a), new(1, b), new(2, a), new(3, c)], None);

        Assert.Equal([IngestStatus.Pending, IngestStatus.Pending, IngestStatus.Duplicate, IngestStatus.Duplicate], outcomes.Select(o => o.Status));
        Assert.Equal([a.DocumentId, b.DocumentId, a.DocumentId, c.DocumentId], outcomes.Select(o => o.DocumentId));
        Assert.Equal(3, await CountAsync(Catalog, "documents"));
        var files = await Ledger.FilesAsync(batch, RecordScope.All, None);
        Assert.Equal(
            [IngestFileState.Accepted, IngestFileState.Accepted, IngestFileState.Duplicate, IngestFileState.Accepted],
            files.OrderBy(f => f.Ordinal).Select(f => f.State));
        Assert.Equal(a.DocumentId, files.Single(f => f.Path == "copy-of-a.pdf").DuplicateOf);
        Assert.Empty(await Ledger.PendingFilesAsync(batch, 10, None));
        Assert.Empty(await Ledger.AcceptAllAsync(batch, [], None));
    }

    [Fact]
    public async Task Ledger_OneFileAcceptedFromManyWorkersAtOnce_IsRecordedOnce()
    {
        var batch = await Ledger.CreateBatchAsync("watch", "/inbox", DateTimeOffset.UnixEpoch, None);
        await Ledger.ListFilesAsync(batch, [File("a.pdf")], None);
        var record = Record("raced", DocumentStatus.Pending);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Ledger.AcceptAsync(batch, 0, record, None))));

        Assert.Single(outcomes, o => o.Status == IngestStatus.Pending);
        Assert.Equal(1, await CountAsync(Catalog, "documents"));
        Assert.Equal(IngestFileState.Accepted, Assert.Single(await Ledger.FilesAsync(batch, RecordScope.All, None)).State);
    }

    [Fact]
    public async Task Ledger_ResetFailures_PutsQuarantinedFilesBackToPending()
    {
        var batch = await Ledger.CreateBatchAsync("upload", "/uploads/x.zip", DateTimeOffset.UnixEpoch, None);
        await Ledger.ListFilesAsync(batch, [File("locked.pdf")], None);
        var record = Record("locked", DocumentStatus.Pending);
        await Ledger.AcceptAsync(batch, 0, record, None);
        await Documents.SaveAsync(record with { Status = DocumentStatus.Quarantined }, [], null, None);

        Assert.Equal([record.DocumentId], await Ledger.ResetFailuresAsync(batch, None));
        Assert.Equal(DocumentStatus.Pending, (await Documents.FindAsync(record.DocumentId, None))!.Status);
    }

    private static NewIngestFile File(string path) => new(path, new IngestFileLocation("/data/uploads/" + path, []));
}
