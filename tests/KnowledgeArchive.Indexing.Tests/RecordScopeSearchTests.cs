using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Indexing.Tests;

/// <summary>Restricted documents are found only by a scope that sees everything: not in hits, totals or facet counts otherwise.</summary>
public sealed class RecordScopeSearchTests : IClassFixture<RecordScopeSearchTests.Archive>
{
    private readonly Archive _archive;

    public RecordScopeSearchTests(Archive archive) => _archive = archive;

    [Fact]
    public void WordOnlyInARestrictedDocument_FindsNothing_ForPublicOnly()
    {
        var results = _archive.Index.Search(new SearchQuery { Text = "zanzibarite", Scope = RecordScope.PublicOnly });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.All(results.Facets.Values, values => Assert.Empty(values));
    }

    [Fact]
    public void WordOnlyInARestrictedDocument_IsFound_ForAll()
    {
        var hit = Assert.Single(_archive.Index.Search(new SearchQuery { Text = "zanzibarite", Scope = RecordScope.All }).Hits);

        Assert.Equal("doc-part2", hit.DocumentId);
    }

    [Fact]
    public void TotalsAndFacets_CountPublicDocumentsOnly()
    {
        var reader = _archive.Index.Search(new SearchQuery { Text = "estates", Scope = RecordScope.PublicOnly });
        var auditor = _archive.Index.Search(new SearchQuery { Text = "estates", Scope = RecordScope.All });

        Assert.Equal(["doc-public-1", "doc-public-2"], reader.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.Equal(2, reader.Total);
        Assert.Equal(4, auditor.Total);
        Assert.Equal(2, reader.Facets["ccg"].Sum(f => f.Count));
        Assert.DoesNotContain(reader.Facets["ccg"], f => f.Value == "NHS Restricted Only CCG");
        Assert.Contains(auditor.Facets["ccg"], f => f.Value == "NHS Restricted Only CCG");
    }

    [Fact]
    public void Browsing_WithoutText_IsScopedAndPagesStably()
    {
        var first = _archive.Index.Search(new SearchQuery { PageSize = 1, Page = 1, Sort = SearchSort.Date });
        var second = _archive.Index.Search(new SearchQuery { PageSize = 1, Page = 2, Sort = SearchSort.Date });

        Assert.Equal(2, first.Total);
        Assert.Equal(2, first.Hits.Count + second.Hits.Count);
        Assert.DoesNotContain(first.Hits.Concat(second.Hits), h => h.DocumentId.StartsWith("doc-part2", StringComparison.Ordinal) || h.DocumentId == "doc-restricted-policy");
    }

    [Fact]
    public void DefaultScope_IsPublicOnly()
    {
        Assert.Equal(RecordScope.PublicOnly, new SearchQuery().Scope);
    }

    /// <summary>Two public documents and two restricted ones (private-session minutes, a policy a source marked restricted).</summary>
    public sealed class Archive : IAsyncLifetime, IDisposable
    {
        private readonly IndexFixture _fixture = new();

        public LuceneSearchIndex Index => _fixture.Index;

        public async Task InitializeAsync()
        {
            await _fixture.AddAsync("doc-public-1", "Estates strategy", Metadata("NHS North Marsh CCG", Sensitivities.Public, 2018), "The estates strategy was approved.");
            await _fixture.AddAsync("doc-public-2", "Estates review", Metadata("NHS Hollin Vale CCG", Sensitivities.Public, 2019), "The estates review was noted.");
            await _fixture.AddAsync("doc-part2", "Part 2 minutes", Metadata("NHS Restricted Only CCG", Sensitivities.Restricted, 2019), "Estates disposal of the zanzibarite site was agreed in private.");
            await _fixture.AddAsync("doc-restricted-policy", "Estates policy", Metadata("NHS North Marsh CCG", Sensitivities.Restricted, 2020), "Estates security arrangements.");
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _fixture.Dispose();

        private static DocumentMetadata Metadata(string ccg, string sensitivity, int year) =>
            new() { Ccg = ccg, Sensitivity = sensitivity, DocumentType = DocumentTypes.Minutes, Date = new DateOnly(year, 3, 1) };
    }
}
