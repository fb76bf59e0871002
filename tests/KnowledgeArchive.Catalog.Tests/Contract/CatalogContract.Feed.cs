namespace KnowledgeArchive.Catalog.Tests.Contract;

public abstract partial class CatalogContract
{
    protected SqlCatalogFeed Feed => new(Catalog);

    [Fact]
    public async Task Feed_OfAnEmptyCatalog_IsAtZero_AndHasNoChanges()
    {
        Assert.Equal(0, await Feed.SequenceAsync(None));
        Assert.Empty(await Feed.ChangesAfterAsync(0, 100, None));
    }

    [Fact]
    public async Task Feed_ASave_NumbersEachDocumentInOrder_AndSaysWhichSequencesItTook()
    {
        var first = Record("feed-a");
        var second = Record("feed-b");

        var span = await Documents.SaveAllAsync([Entry(first), Entry(second)], CatalogAmendments.None, () => { }, None);

        Assert.Equal(new SequenceSpan(0, 2), span);
        Assert.Equal(2, await Feed.SequenceAsync(None));
        Assert.Equal([new CatalogChange(1, first.DocumentId), new CatalogChange(2, second.DocumentId)], await Feed.ChangesAfterAsync(0, 100, None));
        Assert.Equal([new CatalogChange(2, second.DocumentId)], await Feed.ChangesAfterAsync(1, 100, None));
        Assert.Equal([new CatalogChange(1, first.DocumentId)], await Feed.ChangesAfterAsync(0, 1, None));
    }

    [Fact]
    public async Task Feed_ADocumentChangedAgain_MovesToTheEnd_AndIsListedOnce()
    {
        var first = Record("feed-again-a");
        var second = Record("feed-again-b");
        await Documents.SaveAllAsync([Entry(first), Entry(second)], CatalogAmendments.None, () => { }, None);

        await Documents.SaveAsync(first with { Status = DocumentStatus.Quarantined, QuarantineReason = new QuarantineReason(QuarantineCodes.Encrypted, "encrypted") }, [], null, None);

        Assert.Equal([new CatalogChange(2, second.DocumentId), new CatalogChange(3, first.DocumentId)], await Feed.ChangesAfterAsync(0, 100, None));
        Assert.Equal(3, await Feed.SequenceAsync(None));
    }

    [Fact]
    public async Task Feed_AmendedRecords_TakeASequenceInTheSaveThatAmendsThem()
    {
        var paper = Record("feed-paper");
        var placed = Record("feed-placed");
        var minutes = Record("feed-minutes");
        await Documents.SaveAllAsync([Entry(paper), Entry(placed)], CatalogAmendments.None, () => { }, None);

        var amendments = new CatalogAmendments([new Restriction(paper.DocumentId, "private minutes, page 3")], [new OrganisationAmendment(placed.DocumentId, "NHS Other CCG", null)]);
        var span = await Documents.SaveAllAsync([Entry(minutes)], amendments, () => { }, None);

        Assert.Equal(new SequenceSpan(2, 5), span);
        var changes = await Feed.ChangesAfterAsync(2, 100, None);
        Assert.Equal([minutes.DocumentId, placed.DocumentId, paper.DocumentId], changes.Select(c => c.DocumentId));
    }

    [Fact]
    public async Task Feed_AddingAPendingRecord_IsNoChangeToSearch_AndTakesNoSequence()
    {
        Assert.True(await Documents.TryAddAsync(Record("feed-pending", DocumentStatus.Pending), None));

        Assert.Equal(0, await Feed.SequenceAsync(None));
    }

    [Fact]
    public async Task Feed_SavesFromManyWritersAtOnce_TakeEverySequenceOnce_WithoutGaps()
    {
        var records = Enumerable.Range(0, 24).Select(i => Record("feed-concurrent-" + i)).ToList();

        var spans = await Task.WhenAll(records.Chunk(3).Select(chunk => Task.Run(() =>
            new SqlDocumentCatalog(Catalog).SaveAllAsync([.. chunk.Select(Entry)], CatalogAmendments.None, () => { }, None))));

        Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), spans.SelectMany(s => Enumerable.Range((int)s.After + 1, (int)(s.Last - s.After)).Select(i => (long)i)).Order());
        var changes = await Feed.ChangesAfterAsync(0, 100, None);
        Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), changes.Select(c => c.Sequence));
        Assert.Equal(records.Select(r => r.DocumentId).Order(StringComparer.Ordinal), changes.Select(c => c.DocumentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Feed_AReaderThatSeesAChange_SeesEveryEarlierOne_WhileWritersCommit()
    {
        var records = Enumerable.Range(0, 40).Select(i => Record("feed-order-" + i)).ToList();
        var writers = Task.WhenAll(records.Chunk(2).Select(chunk => Task.Run(() =>
            new SqlDocumentCatalog(Catalog).SaveAllAsync([.. chunk.Select(Entry)], CatalogAmendments.None, () => { }, None))));
        var gaps = new List<string>();
        while (!writers.IsCompleted)
        {
            var seen = await Feed.ChangesAfterAsync(0, 1000, None);
            var expected = Enumerable.Range(1, seen.Count).Select(i => (long)i);
            if (!seen.Select(c => c.Sequence).SequenceEqual(expected))
            {
                gaps.Add(string.Join(',', seen.Select(c => c.Sequence)));
            }
        }

        await writers;
        Assert.Empty(gaps);
        Assert.Equal(40, await Feed.SequenceAsync(None));
    }

    [Fact]
    public async Task Feed_ACatalogMadeBeforeTheFeed_HoldsEveryDocumentOnce_OldestFirst_AfterMigration()
    {
        var older = Record("feed-old");
        var newer = Record("feed-old-but-newer");
        await Documents.SaveAllAsync([Entry(newer), Entry(older)], CatalogAmendments.None, () => { }, None);
        await ExecuteAsync(Catalog, ForgetFeedMigration);

        var changes = await new SqlCatalogFeed(Reopen()).ChangesAfterAsync(0, 100, None);

        Assert.Equal([new CatalogChange(1, older.DocumentId), new CatalogChange(2, newer.DocumentId)], changes);
    }

    private static CatalogEntry Entry(DocumentRecord record) => new(record, Pages(), null);
}
