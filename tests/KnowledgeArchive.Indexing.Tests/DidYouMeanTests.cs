using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Indexing.Tests;

/// <summary>"Did you mean" offers the archive's own words for words it does not hold, and never a word only restricted records hold.</summary>
public sealed class DidYouMeanTests : IDisposable
{
    private readonly IndexFixture _fixture = new(new SynonymList([["CHC", "continuing healthcare"], ["IVF", "assisted conception"]]));

    public DidYouMeanTests()
    {
        _fixture.AddAsync("doc-gf", "Policy", "Gluten-free foods are no longer prescribed for adults.").GetAwaiter().GetResult();
        _fixture.AddAsync("doc-eye", "Minutes", "The ophthalmology service was approved. Ophthalmology waiting times were noted.").GetAwaiter().GetResult();
        _fixture.AddAsync("doc-wheel", "Minutes", "The wheelchair service contract was extended.").GetAwaiter().GetResult();
    }

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("glutin", "gluten")]
    [InlineData("glutin free prescribing", "gluten free prescribing")]
    [InlineData("opthalmology service", "ophthalmology service")]
    [InlineData("wheelchiar", "wheelchair")]
    [InlineData("continueing healthcare", "continuing healthcare")]
    public void MisspeltWord_IsReplacedByTheNearestWordTheArchiveHolds(string typed, string suggested) =>
        Assert.Equal(suggested, _fixture.Search(typed).DidYouMean);

    [Theory]
    [InlineData("gluten")]
    [InlineData("wheelchair service")]
    [InlineData("CHC")]
    [InlineData("assisted conception")]
    [InlineData("zzyzx")]
    [InlineData("\"glutin\"")]
    public void KnownWords_SynonymsAndWordsWithNothingNear_GetNoSuggestion(string typed) =>
        Assert.Null(_fixture.Search(typed).DidYouMean);

    [Fact]
    public void EmptySearch_ForAMisspelling_SuggestsAWordThatFindsDocuments()
    {
        var results = _fixture.Search("glutin");

        Assert.Equal(0, results.Total);
        Assert.Equal(["doc-gf"], _fixture.Search(results.DidYouMean!).Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task WordOnlyInRestrictedRecords_IsNeverSuggestedToAReader()
    {
        var metadata = DocumentMetadata.Unknown with { Sensitivity = Sensitivities.Restricted };
        await _fixture.AddAsync("doc-secret", "Part 2", metadata, "The settlement with Harrowgate Pharmacy was confidential.");

        var reader = _fixture.Index.Search(new SearchQuery { Text = "harrowgat", Scope = RecordScope.PublicOnly });
        var auditor = _fixture.Index.Search(new SearchQuery { Text = "harrowgat", Scope = RecordScope.All });

        Assert.Null(reader.DidYouMean);
        Assert.Equal("harrowgate", auditor.DidYouMean);
    }

    [Fact]
    public async Task WordOnlyInRestrictedPages_OfASegmentWithPublicOnes_IsNeverSuggestedToAReader()
    {
        var restricted = DocumentMetadata.Unknown with { Sensitivity = Sensitivities.Restricted };
        await _fixture.Index.IndexAsync(IndexFixture.Document("doc-open", "Minutes", DocumentMetadata.Unknown, [], null, "The hospice contract was renewed."), default);
        await _fixture.Index.IndexAsync(IndexFixture.Document("doc-part2", "Part 2", restricted, [], null, "The Harrowgate Pharmacy settlement."), default);
        await _fixture.Index.CommitAsync(default);

        Assert.Null(_fixture.Index.Search(new SearchQuery { Text = "harrowgat", Scope = RecordScope.PublicOnly }).DidYouMean);
        Assert.Equal("hospice", _fixture.Index.Search(new SearchQuery { Text = "hospise", Scope = RecordScope.PublicOnly }).DidYouMean);
    }

    [Fact]
    public async Task WordOnlyInADeletedDocument_IsNoLongerSuggested()
    {
        // Both in one segment, so the deleted document's words stay in the index's term list until it is merged away.
        await _fixture.Index.IndexAsync(IndexFixture.Document("doc-physio", "Minutes", DocumentMetadata.Unknown, [], null, "Physiotherapy waiting lists."), default);
        await _fixture.Index.IndexAsync(IndexFixture.Document("doc-other", "Minutes", DocumentMetadata.Unknown, [], null, "Estates strategy."), default);
        await _fixture.Index.CommitAsync(default);
        Assert.Equal("physiotherapy", _fixture.Search("physiotherapi").DidYouMean);

        await _fixture.Index.DeleteAsync("doc-physio", default);
        await _fixture.Index.CommitAsync(default);

        Assert.Null(_fixture.Search("physiotherapi").DidYouMean);
    }

    [Fact]
    public void RepeatedSearch_AnsweredFromTheCache_KeepsItsSuggestionAndOtherNames()
    {
        var first = _fixture.Search("glutin CHC");
        var cached = _fixture.Index.CachedSearches;
        var repeated = _fixture.Search("glutin CHC");

        Assert.Equal(cached, _fixture.Index.CachedSearches);
        Assert.Equal("gluten CHC", first.DidYouMean);
        Assert.Equal(["continuing healthcare"], first.Related);
        Assert.Equal(first.DidYouMean, repeated.DidYouMean);
        Assert.Equal(first.Related, repeated.Related);
    }

    [Fact]
    public async Task Suggestion_AfterDocumentsArePublished_FollowsWhatTheArchiveHoldsNow()
    {
        Assert.Equal("wheelchair", _fixture.Search("wheelchiar").DidYouMean);

        await _fixture.AddAsync("doc-typo", "Minutes", "The wheelchiar service was reviewed.");

        Assert.Null(_fixture.Search("wheelchiar").DidYouMean);
    }

    [Fact]
    public void Related_NamesTheSynonymsOfTheSearchedWords()
    {
        using var fixture = new IndexFixture(new SynonymList([["CHC", "continuing healthcare", "continuing health care"]]));

        Assert.Equal(["CHC", "continuing health care"], fixture.Search("continuing healthcare funding").Related);
    }
}
