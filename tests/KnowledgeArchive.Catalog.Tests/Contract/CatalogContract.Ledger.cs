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
