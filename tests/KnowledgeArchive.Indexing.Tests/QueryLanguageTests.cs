using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Indexing.Tests;

public sealed class QueryLanguageTests : IDisposable
{
    private readonly IndexFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task QuotedPhrase_MatchesTheWordsTogetherOnly()
    {
        await _fixture.AddAsync("doc-1", "A", "The gluten free prescribing policy.");
        await _fixture.AddAsync("doc-2", "B", "Free parking; gluten was discussed.");

        Assert.Equal(["doc-1"], Ids("\"gluten free\""));
    }

    [Fact]
    public async Task And_Or_Not_AndExclusion()
    {
        await _fixture.AddAsync("doc-both", "A", "hospice and wheelchair services");
        await _fixture.AddAsync("doc-hospice", "B", "hospice services");
        await _fixture.AddAsync("doc-wheelchair", "C", "wheelchair services");

        Assert.Equal(["doc-both"], Ids("hospice AND wheelchair"));
        Assert.Equal(["doc-both", "doc-hospice", "doc-wheelchair"], Ids("hospice OR wheelchair").Order(StringComparer.Ordinal));
        Assert.Equal(["doc-hospice"], Ids("hospice NOT wheelchair"));
        Assert.Equal(["doc-hospice"], Ids("hospice -wheelchair"));
        Assert.Equal(["doc-both"], Ids("+hospice +wheelchair"));
        Assert.Equal(["doc-hospice"], Ids("-wheelchair"));
    }

    [Fact]
    public async Task Prefix_MatchesWholeWordsStartingWithIt_AndIsMarkedInTheSnippet()
    {
        await _fixture.AddAsync("doc-1", "A", "All policies were reviewed.");
        await _fixture.AddAsync("doc-2", "B", "The police attended.");
        await _fixture.AddAsync("doc-3", "C", "Nothing here.");

        Assert.Equal(["doc-1", "doc-2"], Ids("polic*").Order(StringComparer.Ordinal));
        Assert.Contains("<mark>policies</mark>", _fixture.Search("policie*").Hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wildcard_ExpandsToABoundedNumberOfWords()
    {
        var words = string.Join(' ', Enumerable.Range(0, 600).Select(i => $"ward{i:D4}"));
        await _fixture.AddAsync("doc-1", "A", words);

        var hit = Assert.Single(_fixture.Search("ward*").Hits);

        Assert.Equal("doc-1", hit.DocumentId);
    }

    [Fact]
    public async Task TitleAndTextFields_SearchOnlyThatField()
    {
        await _fixture.AddAsync("doc-title", "Wheelchair policy", "Eligibility criteria.");
        await _fixture.AddAsync("doc-text", "Minutes", "The wheelchair service was discussed.");

        Assert.Equal(["doc-title"], Ids("title:wheelchair"));
        Assert.Equal(["doc-text"], Ids("text:wheelchair"));
        Assert.Equal(["doc-title"], Ids("title:wheel*"));
    }

    [Fact]
    public async Task OrganisationBodyAndTypeFields_MatchWordsOfTheName()
    {
        var vale = new DocumentMetadata { Ccg = "NHS Hollin Vale CCG", Icb = "NHS Wyvern and Marsh Integrated Care Board", Body = "Governing Body", DocumentType = DocumentTypes.Minutes };
        var marsh = new DocumentMetadata { Ccg = "NHS North Marsh CCG", Body = "Audit Committee", DocumentType = DocumentTypes.Policy };
        await _fixture.AddAsync("doc-vale", "Minutes", vale, "estates strategy");
        await _fixture.AddAsync("doc-marsh", "Policy", marsh, "estates strategy");

        Assert.Equal(["doc-vale"], Ids("estates ccg:\"hollin vale\""));
        Assert.Equal(["doc-vale"], Ids("ccg:\"NHS Hollin Vale CCG\""));
        Assert.Equal(["doc-vale"], Ids("icb:\"wyvern and marsh\""));
        Assert.Equal(["doc-marsh"], Ids("body:audit"));
        Assert.Equal(["doc-marsh"], Ids("type:policy"));
        Assert.Equal(["doc-vale"], Ids("estates -type:policy"));
    }

    [Fact]
    public async Task OutcomeAndReference_FindThePageOfTheDecision()
    {
        Decision[] decisions =
        [
            new() { DecisionId = "d1", DocumentId = "doc-1", PageNumber = 2, Outcome = DecisionOutcomes.Deferred, Reference = "GB19/023", Text = "deferred" },
        ];
        await _fixture.AddAsync("doc-1", "Minutes", DocumentMetadata.Unknown, decisions, null, "Apologies.", "GB19/023 The business case was deferred.");
        await _fixture.AddAsync("doc-2", "Policy", DocumentMetadata.Unknown, [], "RMC-MM-001", "Policy text.");

        var hit = Assert.Single(_fixture.Search("outcome:deferred").Hits);
        Assert.Equal(2, hit.PageNumber);
        Assert.Equal(["doc-1"], Ids("ref:GB/19/23"));
        Assert.Equal(["doc-1"], Ids("ref:\"gb 19-023\""));
        Assert.Equal(["doc-2"], Ids("ref:RMC-MM-001"));
        Assert.Empty(Ids("outcome:approved"));
        Assert.Equal(["doc-1"], Ids("GB19/023"));
    }

    [Fact]
    public async Task DateField_TakesYearsMonthsDaysAndRanges()
    {
        await _fixture.AddAsync("doc-2017", "A", new DocumentMetadata { Date = new DateOnly(2017, 6, 30) }, "meeting");
        await _fixture.AddAsync("doc-2018", "B", new DocumentMetadata { Date = new DateOnly(2018, 3, 14) }, "meeting");
        await _fixture.AddAsync("doc-2020", "C", new DocumentMetadata { Date = new DateOnly(2020, 1, 1) }, "meeting");

        Assert.Equal(["doc-2018"], Ids("meeting date:[2018-01-01 TO 2019-12-31]"));
        Assert.Equal(["doc-2018"], Ids("date:2018"));
        Assert.Equal(["doc-2018"], Ids("date:2018-03"));
        Assert.Equal(["doc-2018"], Ids("date:2018-03-14"));
        Assert.Equal(["doc-2018", "doc-2020"], Ids("date:[2018 TO *]").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SecondTier_KeepsFieldFiltersRequired()
    {
        await _fixture.AddAsync("doc-minutes", "A", new DocumentMetadata { DocumentType = DocumentTypes.Minutes }, "ivf funding");
        await _fixture.AddAsync("doc-policy", "B", new DocumentMetadata { DocumentType = DocumentTypes.Policy }, "ivf eligibility");
        await _fixture.AddAsync("doc-other", "C", new DocumentMetadata { DocumentType = DocumentTypes.Policy }, "hospice");

        Assert.Equal(["doc-policy"], Ids("ivf funding type:policy"));
    }

    [Fact]
    public async Task UkAndUsSpellings_FindEachOther()
    {
        await _fixture.AddAsync("doc-1", "A", "The organisation of paediatric services.");

        Assert.Equal(["doc-1"], Ids("organization"));
        Assert.Equal(["doc-1"], Ids("pediatric organizations"));
    }

    [Theory]
    [InlineData("colour:red", "not a field")]
    [InlineData("type:memo", "must be one of")]
    [InlineData("outcome:perhaps", "must be one of")]
    [InlineData("date:soon", "not a date")]
    [InlineData("date:[2019-01-01 TO later]", "not a date")]
    [InlineData("title:[a TO b]", "dates only")]
    [InlineData("p*", "at least 2 letters")]
    [InlineData("a?c", "at least 2 letters")]
    [InlineData("ccg:polic*", "Wildcards work on words")]
    public async Task QueryLanguageMistakes_AreInvalidQueries_SayingWhatToChange(string query, string expected)
    {
        await _fixture.AddAsync("doc-1", "A", "text");

        var error = Assert.Throws<InvalidQueryException>(() => _fixture.Search(query));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiteralText_IsSearchedAsPlainWords_WhateverItContains()
    {
        await _fixture.AddAsync("doc-1", "A", "Gluten and free: prescribing (GB19/023) OR not?");

        var hits = _fixture.Search(QueryText.Literal("AND gluten: (free) OR prescribing? GB19/023 -not \"")).Hits;

        Assert.Equal(["doc-1"], hits.Select(h => h.DocumentId));
    }

    [Fact]
    public void TooManyClauses_IsAnInvalidQuery()
    {
        var query = string.Join(' ', Enumerable.Range(0, 101).Select(i => $"w{i}"));

        var error = Assert.Throws<InvalidQueryException>(() => _fixture.Search(query));

        Assert.Contains("more than 100", error.Message, StringComparison.Ordinal);
    }

    private List<string> Ids(string query) => [.. _fixture.Index.Search(new SearchQuery { Text = query }).Hits.Select(h => h.DocumentId)];
}
