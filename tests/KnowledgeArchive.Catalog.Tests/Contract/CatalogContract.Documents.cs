using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Catalog.Tests.Contract;

public abstract partial class CatalogContract
{
    [Fact]
    public async Task Documents_AddedOnce_AreFoundByIdAndHash_AndASecondAddChangesNothing()
    {
        var record = Record("minutes-2019-05");

        Assert.True(await Documents.TryAddAsync(record, None));
        Assert.False(await Documents.TryAddAsync(record with { Title = "another" }, None));

        var found = await Documents.FindAsync(record.DocumentId, None);
        Assert.Equal(record, found);
        Assert.Equal(record, await Documents.FindBySha256Async(record.Sha256.ToUpperInvariant(), None));
        Assert.Null(await Documents.FindAsync("doc-missing", None));
        Assert.True(await Documents.IsHealthyAsync(None));
    }

    [Fact]
    public async Task Documents_ANulCharacterInANameOrTitle_IsStoredAsAReplacementCharacter()
    {
        var record = Record("nul") with { FileName = "minutes\0.pdf", Title = "Minutes\0" };

        Assert.True(await Documents.TryAddAsync(record, None));

        var found = await Documents.FindAsync(record.DocumentId, None);
        Assert.Equal(("minutes\uFFFD.pdf", "Minutes\uFFFD"), (found!.FileName, found.Title));
    }

    [Fact]
    public async Task Documents_List_FiltersByNameIgnoringCase_AndStatus_AndPages()
    {
        foreach (var seed in new[] { "a", "bb", "ccc" })
        {
            await Documents.TryAddAsync(Record(seed), None);
        }

        await Documents.TryAddAsync(Record("pending-one", DocumentStatus.Pending), None);

        var all = await Documents.ListAsync(new DocumentQuery(Scope: RecordScope.All, PageSize: 2), None);
        Assert.Equal(4, all.Total);
        Assert.Equal(2, all.Items.Count);
        Assert.Equal("pending-one.pdf", all.Items[0].FileName);
        Assert.Equal(1, (await Documents.ListAsync(new DocumentQuery(FileName: "BB.PDF", Scope: RecordScope.All), None)).Total);
        Assert.Equal(3, (await Documents.ListAsync(new DocumentQuery(Status: DocumentStatus.Indexed, Scope: RecordScope.All), None)).Total);
        Assert.Equal(3, (await Documents.ListAsync(new DocumentQuery(Scope: RecordScope.PublicRead), None)).Total);
        Assert.Equal([Record("pending-one").DocumentId], await Documents.ListIdsAsync(DocumentStatus.Pending, None));
    }

    [Fact]
    public async Task Documents_Saved_KeepPagesOcrImagesAndEnrichment_AndASaveAgainReplacesThem()
    {
        var record = Record("policy-ivf");
        var decision = Decision(record, "dec-ivf-1", "assisted conception policy");
        var image = new PageImage(2, "image/png", [1, 2, 3, 0, 255]);
        await Documents.SaveAllAsync([new CatalogEntry(record, Pages(), Enrichment(record, decision)) { PageImages = [image] }], CatalogAmendments.None, () => { }, None);

        Assert.Equal(Pages(), await Documents.GetPagesAsync(record.DocumentId, None));
        Assert.Equal(Pages()[1], await Documents.GetPageAsync(record.DocumentId, 2, None));
        Assert.Equal(image.Content, (await Documents.GetPageImageAsync(record.DocumentId, 2, None))!.Content);
        Assert.Equal([2], await Documents.PagesWithImagesAsync(record.DocumentId, None));
        Assert.Equal([decision], await Decisions.ForDocumentAsync(record.DocumentId, None));
        Assert.Equal("GB16/045", Assert.Single(await Decisions.CitationsAsync(record.DocumentId, None)).CitedReference);
        var policy = await Decisions.PolicyAsync(record.DocumentId, None);
        Assert.Equal("POL-017", policy!.Reference);
        Assert.Equal("GB16/045", Assert.Single(policy.History).DecisionReference);
        Assert.Equal(("NHS Nowhere CCG", 1), Assert.Single(await Decisions.UnknownOrganisationsAsync(None)));

        await Documents.SaveAsync(record with { Title = "again" }, [new PageText(1, "only page")], null, None);

        Assert.Equal("again", (await Documents.FindAsync(record.DocumentId, None))!.Title);
        Assert.Single(await Documents.GetPagesAsync(record.DocumentId, None));
        Assert.Empty(await Decisions.ForDocumentAsync(record.DocumentId, None));
        Assert.Null(await Decisions.PolicyAsync(record.DocumentId, None));
    }

    [Fact]
    public async Task Documents_Quarantined_KeepTheirReason_AndReviewsAreKeptReplacedAndCleared()
    {
        var record = Record("encrypted", DocumentStatus.Quarantined);
        await Documents.SaveAsync(record, [], null, None);
        var reviews = new SqlQuarantineReviews(Catalog);
        var review = new QuarantineReview(record.DocumentId, "auditor", "key-1", new DateTimeOffset(2024, 3, 2, 10, 0, 0, TimeSpan.Zero), "asked for the password");

        await reviews.SaveAsync(review, None);
        await reviews.SaveAsync(review with { Note = "password requested again" }, None);

        Assert.Equal(record.QuarantineReason, (await Documents.FindAsync(record.DocumentId, None))!.QuarantineReason);
        Assert.Equal([record.DocumentId], await Documents.ListIdsAsync(DocumentStatus.Quarantined, None));
        Assert.Equal(review with { Note = "password requested again" }, await reviews.FindAsync(record.DocumentId, None));
        await reviews.ClearAsync(record.DocumentId, None);
        Assert.Null(await reviews.FindAsync(record.DocumentId, None));
    }

    [Fact]
    public async Task Documents_Attachments_AreListedInOrder_AndTheEmailIsFoundFromTheAttachment()
    {
        var email = Record("email");
        var attached = Record("attached-paper");
        await Documents.SaveAsync(email, [], null, None);
        await Documents.SaveAsync(attached, [], null, None);

        await Documents.SaveAttachmentsAsync(email.DocumentId, [new DocumentAttachment(0, "paper.pdf", attached.DocumentId, null), new DocumentAttachment(1, "papers.zip", null, "batch-9")], None);

        var attachments = await Documents.GetAttachmentsAsync(email.DocumentId, RecordScope.All, None);
        Assert.Equal(["paper.pdf", "papers.zip"], attachments.Select(a => a.FileName));
        Assert.Single(await Documents.GetAttachmentsAsync(email.DocumentId, RecordScope.PublicRead, None));
        Assert.Equal(email.DocumentId, Assert.Single(await Documents.GetAttachedToAsync(attached.DocumentId, RecordScope.All, None)).DocumentId);
    }
}
