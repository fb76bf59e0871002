using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Indexing.Tests.SearchCaching;

/// <summary>
/// A search is collected once and its other pages and repeats are read from the cache until a publish changes what
/// searches see. An answer read from the cache shares its facet counts with the answer that collected it, which is
/// how these tests tell the two apart.
/// </summary>
public sealed class SearchCacheTests : IDisposable
{
    private static readonly DocumentMetadata Marsh = Public("NHS North Marsh CCG");
    private static readonly DocumentMetadata Vale = Public("NHS Hollin Vale CCG");
    private static readonly DocumentMetadata Wyvern = Public("NHS Wyvern Valley CCG");

    private readonly List<IndexFixture> _fixtures = [];

    public void Dispose() => _fixtures.ForEach(f => f.Dispose());

    [Fact]
    public async Task OtherPages_AndRepeats_AreReadFromTheCollectedSearch()
    {
        var fixture = await ArchiveAsync();

        var first = fixture.Index.Search(new SearchQuery { Text = "wheelchair", PageSize = 1 });
        var second = fixture.Index.Search(new SearchQuery { Text = "wheelchair", PageSize = 1, Page = 2 });
        var again = fixture.Index.Search(new SearchQuery { Text = "wheelchair", PageSize = 1 });

        Assert.Same(first.Facets, second.Facets);
        Assert.Same(first.Facets, again.Facets);
        Assert.Equal(["doc-marsh", "doc-vale"], first.Hits.Concat(second.Hits).Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.Equal(first.Hits, again.Hits);
        Assert.Equal(1, fixture.Index.CachedSearches);
    }

    [Fact]
    public async Task APublishedDocument_ChangesTotalFacetsAndHits_AtOnce()
    {
        var fixture = await ArchiveAsync();
        var before = fixture.Index.Search(new SearchQuery { Text = "wheelchair" });

        await fixture.AddAsync("doc-wyvern", "Minutes", Wyvern, "Powered wheelchair provision was reviewed.");
        var after = fixture.Index.Search(new SearchQuery { Text = "wheelchair" });

        Assert.Equal(2, before.Total);
        Assert.Equal(3, after.Total);
        Assert.Contains(after.Hits, h => h.DocumentId == "doc-wyvern");
        Assert.DoesNotContain(before.Facets["ccg"], f => f.Value == Wyvern.Ccg);
        Assert.Contains(after.Facets["ccg"], f => f.Value == Wyvern.Ccg && f.Count == 1);
    }

    [Fact]
    public async Task ADocumentCommittedButNotPublished_IsNotSeen_UntilPublished()
    {
        var fixture = await ArchiveAsync();
        var before = fixture.Index.Search(new SearchQuery { Text = "wheelchair" });

        await fixture.Index.IndexAsync(IndexFixture.Document("doc-wyvern", "Minutes", Wyvern, [], null, "Powered wheelchair provision."), CancellationToken.None);
        await fixture.Index.CommitUnpublishedAsync(CancellationToken.None);
        var committed = fixture.Index.Search(new SearchQuery { Text = "wheelchair" });
        fixture.Index.Publish();
        var published = fixture.Index.Search(new SearchQuery { Text = "wheelchair", PageSize = 1, Page = 3 });

        Assert.Same(before.Facets, committed.Facets);
        Assert.Equal(2, committed.Total);
        Assert.Equal(3, published.Total);
        Assert.Single(published.Hits);
    }

    [Fact]
    public async Task ADeletedDocument_Disappears_FromTotalFacetsAndHits()
    {
        var fixture = await ArchiveAsync();
        var before = fixture.Index.Search(new SearchQuery { Text = "wheelchair" });

        await fixture.Index.DeleteAsync("doc-vale", CancellationToken.None);
        await fixture.Index.CommitAsync(CancellationToken.None);
        var after = fixture.Index.Search(new SearchQuery { Text = "wheelchair" });

        Assert.Equal(2, before.Total);
        Assert.Equal("doc-marsh", Assert.Single(after.Hits).DocumentId);
        Assert.Equal(1, after.Total);
        Assert.DoesNotContain(after.Facets["ccg"], f => f.Value == Vale.Ccg);
    }

    [Fact]
    public async Task APublishThatChangesNothing_KeepsTheCache()
    {
        var fixture = await ArchiveAsync();
        var before = fixture.Index.Search(new SearchQuery { Text = "wheelchair" });

        fixture.Index.Publish();
        await fixture.Index.CommitAsync(CancellationToken.None);

        Assert.Same(before.Facets, fixture.Index.Search(new SearchQuery { Text = "wheelchair" }).Facets);
    }

    [Theory]
    [InlineData(RecordScope.All, RecordScope.PublicOnly)]
    [InlineData(RecordScope.PublicOnly, RecordScope.All)]
    public async Task RestrictedRecords_SeenByOneScope_NeverReachTheOther(RecordScope first, RecordScope second)
    {
        var fixture = await ArchiveAsync();
        await fixture.AddAsync("doc-part2", "Part 2 minutes", Public("NHS Restricted Only CCG") with { Sensitivity = Sensitivities.Restricted }, "Wheelchair contract disputes, in private.");

        var answers = new Dictionary<RecordScope, SearchResults>
        {
            [first] = fixture.Index.Search(new SearchQuery { Text = "wheelchair", Scope = first }),
        };
        answers[second] = fixture.Index.Search(new SearchQuery { Text = "wheelchair", Scope = second });
        var reader = answers[RecordScope.PublicOnly];
        var auditor = answers[RecordScope.All];

        Assert.NotSame(reader.Facets, auditor.Facets);
        Assert.Equal(2, reader.Total);
        Assert.DoesNotContain(reader.Hits, h => h.DocumentId == "doc-part2");
        Assert.DoesNotContain(reader.Facets["ccg"], f => f.Value == "NHS Restricted Only CCG");
        Assert.Equal(3, auditor.Total);
        Assert.Contains(auditor.Hits, h => h.DocumentId == "doc-part2");
        Assert.Equal(2, fixture.Index.CachedSearches);
    }

    [Fact]
    public async Task TheCache_HonoursItsBound_DroppingTheSearchUsedLeastRecently()
    {
        var fixture = await ArchiveAsync(searchCacheEntries: 3);
        SearchResults Search(string text) => fixture.Index.Search(new SearchQuery { Text = text });
        var wheelchair = Search("wheelchair");
        var estates = Search("estates");
        Search("strategy");
        Search("wheelchair");

        Search("provision");
        var countAtTheBound = fixture.Index.CachedSearches;
        var estatesAgain = Search("estates");
        var wheelchairAgain = Search("wheelchair");

        Assert.Equal(3, countAtTheBound);
        Assert.Equal(3, fixture.Index.CachedSearches);
        Assert.NotSame(estates.Facets, estatesAgain.Facets);
        Assert.Equal(estates.Hits, estatesAgain.Hits);
        Assert.Same(wheelchair.Facets, wheelchairAgain.Facets);
    }

    [Fact]
    public async Task ABoundOfZero_CollectsEverySearchAfresh()
    {
        var fixture = await ArchiveAsync(searchCacheEntries: 0);

        var first = fixture.Index.Search(new SearchQuery { Text = "wheelchair" });
        var second = fixture.Index.Search(new SearchQuery { Text = "wheelchair" });

        Assert.NotSame(first.Facets, second.Facets);
        Assert.Equal(first.Hits, second.Hits);
        Assert.Equal(0, fixture.Index.CachedSearches);
    }

    private static DocumentMetadata Public(string ccg) =>
        new() { Ccg = ccg, Sensitivity = Sensitivities.Public, DocumentType = DocumentTypes.Minutes, Date = new DateOnly(2019, 3, 26) };

    private async Task<IndexFixture> ArchiveAsync(int? searchCacheEntries = null)
    {
        var fixture = new IndexFixture(searchCacheEntries: searchCacheEntries);
        _fixtures.Add(fixture);
        await fixture.AddAsync("doc-marsh", "Minutes", Marsh, "Powered wheelchair provision was approved.", "The estates strategy.");
        await fixture.AddAsync("doc-vale", "Minutes", Vale, "The wheelchair service contract was extended.");
        await fixture.AddAsync("doc-estates", "Estates", Marsh, "The estates strategy was noted.");
        return fixture;
    }
}
