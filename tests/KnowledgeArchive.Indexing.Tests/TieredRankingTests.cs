using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Indexing.Tests;

public sealed class TieredRankingTests : IDisposable
{
    private readonly IndexFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Hit_NamesThePageWithEveryWord_ThoughAnotherPageScoresHigherOnSomeWords()
    {
        await _fixture.AddAsync("doc-1", "Minutes", "hospice hospice hospice hospice funding", "Contract: hospice at home services.", "continuing healthcare funding for hospice care");

        var hit = Assert.Single(_fixture.Search("hospice continuing healthcare").Hits);

        Assert.Equal(3, hit.PageNumber);
    }

    [Fact]
    public async Task EveryWordMatches_ComeFirst_OnEveryPageOfResults_AndWhenSortedByDate()
    {
        for (var i = 0; i < 12; i++)
        {
            var date = new DateOnly(2014 + i, 3, 1);
            await _fixture.AddAsync($"some-{i:00}", "Minutes", new DocumentMetadata { Date = date }, $"wheelchair wheelchair wheelchair services {i}");
            await _fixture.AddAsync($"every-{i:00}", "Minutes", new DocumentMetadata { Date = date.AddDays(-1) }, $"wheelchair voucher scheme {i}");
        }

        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Date })
        {
            var all = _fixture.Index.Search(new SearchQuery { Text = "wheelchair voucher", Sort = sort, PageSize = 100 });
            var paged = Enumerable.Range(1, 5)
                .SelectMany(page => _fixture.Index.Search(new SearchQuery { Text = "wheelchair voucher", Sort = sort, PageSize = 5, Page = page }).Hits)
                .Select(h => h.DocumentId)
                .ToList();

            Assert.Equal(24, all.Total);
            Assert.All(all.Hits.Take(12), h => Assert.StartsWith("every-", h.DocumentId, StringComparison.Ordinal));
            Assert.Equal(all.Hits.Select(h => h.DocumentId), paged);
        }

        var byDate = _fixture.Index.Search(new SearchQuery { Text = "wheelchair voucher", Sort = SearchSort.Date, PageSize = 13 });
        Assert.Equal("every-11", byDate.Hits[0].DocumentId);
        Assert.Equal("some-11", byDate.Hits[12].DocumentId);
    }

    [Fact]
    public async Task EqualScoresAndDates_AreOrderedById_AcrossSegments()
    {
        foreach (var id in new[] { "doc-c", "doc-a", "doc-d", "doc-b" })
        {
            await _fixture.AddAsync(id, "Minutes", new DocumentMetadata { Date = new DateOnly(2019, 5, 1) }, "estates strategy");
        }

        var results = _fixture.Index.Search(new SearchQuery { Text = "estates", PageSize = 2, Page = 2 });

        Assert.Equal(["doc-c", "doc-d"], results.Hits.Select(h => h.DocumentId));
        Assert.Equal(4, results.Total);
    }

    [Fact]
    public async Task PageBeyondTheResults_IsEmpty_WithTheTotalAndFacets()
    {
        await _fixture.AddAsync("doc-1", "Minutes", new DocumentMetadata { DocumentType = DocumentTypes.Minutes, Date = new DateOnly(2020, 1, 1) }, "estates strategy");

        var results = _fixture.Index.Search(new SearchQuery { Text = "estates", Page = 3 });

        Assert.Empty(results.Hits);
        Assert.Equal(1, results.Total);
        Assert.Equal([new FacetValue("2020", 1)], results.Facets["year"]);
    }

    [Theory]
    [InlineData("gluten free decision", "doc-agreed")]
    [InlineData("gluten free approved", "doc-agreed")]
    [InlineData("gluten free ratified", "doc-ratified")]
    public async Task WordAskingForADecision_MatchesThePageThatRecordsOne_ThoughItUsesOtherWords(string query, string expected)
    {
        await _fixture.AddAsync(
            "doc-agreed", "Minutes", DocumentMetadata.Unknown, [Decision("doc-agreed", 2, DecisionOutcomes.Approved)], null,
            "Apologies and declarations of interest.",
            "The Governing Body AGREED the gluten free prescribing policy.");
        await _fixture.AddAsync(
            "doc-ratified", "Minutes", DocumentMetadata.Unknown, [Decision("doc-ratified", 1, DecisionOutcomes.Ratified)], null,
            "The Governing Body endorsed the committee's gluten free recommendation.");
        await _fixture.AddAsync("doc-mention", "Newsletter", "Gluten free foods: gluten free bread, gluten free pasta and gluten free flour mixes.");

        var results = _fixture.Index.Search(new SearchQuery { Text = query });

        Assert.Equal(3, results.Total);
        Assert.Equal(expected, results.Hits[0].DocumentId);
        Assert.Equal(expected == "doc-agreed" ? 2 : 1, results.Hits[0].PageNumber);
    }

    [Fact]
    public async Task WordAskingForADecision_StillMatchesAsAWord_WhereNoDecisionIsRecorded()
    {
        await _fixture.AddAsync("doc-1", "Report", "The decision on gluten free prescribing was deferred to March.");

        var hit = Assert.Single(_fixture.Search("gluten free decision").Hits);

        Assert.Equal("doc-1", hit.DocumentId);
        Assert.Contains("<mark>decision</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    private static Decision Decision(string documentId, int page, string outcome) => new()
    {
        DecisionId = $"{documentId}-{page}",
        DocumentId = documentId,
        PageNumber = page,
        Outcome = outcome,
        Text = "The Governing Body decided.",
        InArchive = true,
    };
}
