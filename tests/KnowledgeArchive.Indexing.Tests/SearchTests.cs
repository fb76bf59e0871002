using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Indexing.Tests;

public sealed class SearchTests : IDisposable
{
    private readonly IndexFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Hit_NamesTheBestMatchingPage()
    {
        await _fixture.AddAsync("doc-1", "Governing Body minutes", "Apologies and declarations.", "The Governing Body approved the gluten-free prescribing policy.", "Finance report.");

        var hit = Assert.Single(_fixture.Search("gluten-free prescribing").Hits);

        Assert.Equal("doc-1", hit.DocumentId);
        Assert.Equal(2, hit.PageNumber);
        Assert.Equal("Governing Body minutes", hit.Title);
        Assert.Equal("doc-1.pdf", hit.FileName);
    }

    [Fact]
    public async Task Stemming_MatchesOtherFormsOfAWord()
    {
        await _fixture.AddAsync("doc-1", "Minutes", "The committee ratified the decisions of the panel.");

        Assert.Single(_fixture.Search("ratifies decision").Hits);
    }

    [Fact]
    public async Task Snippet_MarksTerms_AndEscapesHtml()
    {
        await _fixture.AddAsync("doc-1", "Minutes", "Item <script>alert(1)</script> & the assisted conception policy was deferred.");

        var snippet = Assert.Single(_fixture.Search("conception").Hits).Snippet;

        Assert.Contains("<mark>conception</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongPage_SnippetIsThePassageAroundTheMatch()
    {
        var filler = string.Join(' ', Enumerable.Repeat("routine business", 200));
        await _fixture.AddAsync("doc-1", "Minutes", $"{filler} The musculoskeletal contract was awarded. {filler}");

        var snippet = Assert.Single(_fixture.Search("musculoskeletal").Hits).Snippet;

        Assert.Contains("<mark>musculoskeletal</mark> contract was awarded", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 400, $"snippet is {snippet.Length} characters");
    }

    [Fact]
    public async Task Reindexing_ReplacesByDocumentId()
    {
        await _fixture.AddAsync("doc-1", "Draft", "Old wording about wheelchairs.");
        await _fixture.AddAsync("doc-1", "Final", "New wording about wheelchairs.", "Second page.");

        var hit = Assert.Single(_fixture.Search("wheelchairs").Hits);
        Assert.Equal("Final", hit.Title);
        Assert.Empty(_fixture.Search("\"old wording\"").Hits);
        Assert.Equal(1, _fixture.Index.DocumentCount);
    }

    [Fact]
    public async Task DocumentsWithEveryWord_ComeBeforeThoseWithSomeOfThem()
    {
        await _fixture.AddAsync("doc-b", "B", "continuing education continuing education healthcare", "healthcare healthcare");
        await _fixture.AddAsync("doc-a", "A", "continuing healthcare funding");
        await _fixture.AddAsync("doc-c", "C", "continuing education");
        await _fixture.AddAsync("doc-d", "D", "hospice");

        var results = _fixture.Search("continuing healthcare funding");

        Assert.Equal("doc-a", results.Hits[0].DocumentId);
        Assert.Equal(["doc-a", "doc-b", "doc-c"], results.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.Equal(3, results.Total);
    }

    [Fact]
    public async Task WhatEnrichmentRead_IsSearchable_ThoughNotInTheText()
    {
        var metadata = new DocumentMetadata { Ccg = "NHS Hollin Vale CCG", Body = "Governing Body", DocumentType = DocumentTypes.Minutes };
        await _fixture.AddAsync("doc-1", "Minutes", metadata, "The meeting approved the estates strategy.");
        await _fixture.AddAsync("doc-2", "Minutes", "The meeting approved the estates strategy.");

        Assert.Equal(["doc-1"], _fixture.Search("hollin vale estates").Hits.Take(1).Select(h => h.DocumentId));
    }

    [Theory]
    [InlineData("\"unclosed phrase", "double quote")]
    [InlineData("(gluten OR coeliac", "brackets")]
    [InlineData("*ation", "wildcard")]
    [InlineData("title:", "could not be read")]
    public async Task MalformedQuery_IsAnInvalidQuery_WithAReadableMessage(string query, string expected)
    {
        await _fixture.AddAsync("doc-1", "Minutes", "text");

        var error = Assert.Throws<InvalidQueryException>(() => _fixture.Search(query));

        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OverlongQuery_IsAnInvalidQuery()
    {
        var error = Assert.Throws<InvalidQueryException>(() => _fixture.Search(new string('a', 2000)));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacetCounts_AcrossManySegments_EqualACountOfTheDocuments()
    {
        string[] ccgs = ["NHS North Marsh CCG", "NHS Wyvern Valley CCG", "NHS Hollin Vale CCG"];
        string[] types = [DocumentTypes.Minutes, DocumentTypes.Policy];
        var expectedCcg = new Dictionary<string, int>();
        var expectedType = new Dictionary<string, int>();
        for (var i = 0; i < 40; i++)
        {
            var metadata = new DocumentMetadata { Ccg = ccgs[i % 3], DocumentType = types[i % 7 % 2], Date = new DateOnly(2015 + (i % 4), 1, 1) };
            await _fixture.AddAsync($"doc-{i}", "Minutes", metadata, i % 5 == 0 ? "estates strategy" : "wheelchair provision", "second page");
            if (i % 5 != 0)
            {
                expectedCcg[metadata.Ccg] = expectedCcg.GetValueOrDefault(metadata.Ccg) + 1;
                expectedType[metadata.DocumentType] = expectedType.GetValueOrDefault(metadata.DocumentType) + 1;
            }
        }

        // The fixture commits after each document, so the values lie in many segments and must be counted alike.
        var results = _fixture.Search("wheelchair");

        Assert.Equal(32, results.Total);
        Assert.Equal(expectedCcg.OrderBy(c => c.Key, StringComparer.Ordinal), results.Facets["ccg"].Select(f => KeyValuePair.Create(f.Value, f.Count)).OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(expectedType.OrderBy(c => c.Key, StringComparer.Ordinal), results.Facets["type"].Select(f => KeyValuePair.Create(f.Value, f.Count)).OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filters_AndFacets_CountDocumentsNotPages()
    {
        var marsh = new DocumentMetadata { Ccg = "NHS North Marsh CCG", DocumentType = DocumentTypes.Minutes, Date = new DateOnly(2019, 3, 26) };
        var vale = new DocumentMetadata { Ccg = "NHS Wyvern Valley CCG", DocumentType = DocumentTypes.Policy, Date = new DateOnly(2016, 6, 1) };
        await _fixture.AddAsync("doc-1", "GB minutes", marsh, "gluten page one", "gluten page two", "gluten page three");
        await _fixture.AddAsync("doc-2", "Policy", vale, "gluten policy");

        var all = _fixture.Search("gluten");
        Assert.Equal(2, all.Total);
        Assert.Contains(new FacetValue("NHS North Marsh CCG", 1), all.Facets["ccg"]);
        Assert.Contains(new FacetValue("2019", 1), all.Facets["year"]);
        Assert.Contains(new FacetValue("policy", 1), all.Facets["type"]);

        var filtered = _fixture.Index.Search(new SearchQuery { Text = "gluten", Ccg = "nhs north marsh ccg" });
        Assert.Equal(["doc-1"], filtered.Hits.Select(h => h.DocumentId));

        var dated = _fixture.Index.Search(new SearchQuery { Text = "gluten", From = new DateOnly(2016, 1, 1), To = new DateOnly(2016, 12, 31) });
        Assert.Equal(["doc-2"], dated.Hits.Select(h => h.DocumentId));

        var browse = _fixture.Index.Search(new SearchQuery { DocumentType = "minutes" });
        Assert.Equal(["doc-1"], browse.Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task SortByDate_PutsTheNewestFirst_AndPagingSlices()
    {
        for (var year = 2014; year <= 2021; year++)
        {
            await _fixture.AddAsync($"doc-{year}", $"Minutes {year}", new DocumentMetadata { Date = new DateOnly(year, 1, 15) }, "governing body meeting");
        }

        var first = _fixture.Index.Search(new SearchQuery { Text = "meeting", Sort = SearchSort.Date, PageSize = 3 });
        var second = _fixture.Index.Search(new SearchQuery { Text = "meeting", Sort = SearchSort.Date, PageSize = 3, Page = 2 });

        Assert.Equal(8, first.Total);
        Assert.Equal(["doc-2021", "doc-2020", "doc-2019"], first.Hits.Select(h => h.DocumentId));
        Assert.Equal(["doc-2018", "doc-2017", "doc-2016"], second.Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task Delete_RemovesTheDocument()
    {
        await _fixture.AddAsync("doc-1", "Minutes", "hospice funding");
        Assert.True(_fixture.Index.Contains("doc-1"));

        await _fixture.Index.DeleteAsync("doc-1", CancellationToken.None);
        await _fixture.Index.CommitAsync(CancellationToken.None);

        Assert.False(_fixture.Index.Contains("doc-1"));
        Assert.Equal(0, _fixture.Search("hospice").Total);
    }
}
