using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Indexing.Tests.SearchCaching;

/// <summary>
/// The same 1,500 generated documents in three indexes: with the default cache, with the cache off (the reference
/// answers), and with a cache of four entries, so that searches are dropped and collected again all the time. More
/// documents match the commonest searches than the cache keeps ranked, so later pages fall back to a full search.
/// </summary>
public sealed class CachedArchive : IAsyncLifetime, IDisposable
{
    public const int DocumentCount = 1500;

    public static readonly string[] Ccgs = ["NHS North Marsh CCG", "NHS Hollin Vale CCG", "NHS Wyvern Valley CCG"];

    private static readonly string[] Words =
        ["wheelchair", "estates", "strategy", "gluten", "prescribing", "dementia", "hospice", "funding", "continuing", "healthcare", "audit", "workforce", "digital", "quality"];

    private readonly IndexFixture _cached = new();
    private readonly IndexFixture _uncached = new(searchCacheEntries: 0);
    private readonly IndexFixture _small = new(searchCacheEntries: 4);

    public LuceneSearchIndex Cached => _cached.Index;

    public LuceneSearchIndex Uncached => _uncached.Index;

    public LuceneSearchIndex Small => _small.Index;

    public async Task InitializeAsync()
    {
        var documents = Generate().ToList();
        foreach (var fixture in new[] { _cached, _uncached, _small })
        {
            for (var i = 0; i < documents.Count; i++)
            {
                await fixture.Index.IndexAsync(documents[i], CancellationToken.None);
                if (i % 200 == 199)
                {
                    // Several segments, as a growing archive has.
                    await fixture.Index.CommitAsync(CancellationToken.None);
                }
            }

            await fixture.Index.CommitAsync(CancellationToken.None);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _cached.Dispose();
        _uncached.Dispose();
        _small.Dispose();
    }

    /// <summary>Asserts that two answers are the same: total, every field of every hit in order, every facet count in order.</summary>
    public static void AssertSameAnswer(SearchResults expected, SearchResults actual, string request)
    {
        Assert.True(expected.Total == actual.Total, $"{request}: total {actual.Total}, expected {expected.Total}");
        Assert.True(expected.Hits.SequenceEqual(actual.Hits), $"{request}: hits [{Ids(actual)}], expected [{Ids(expected)}]");
        Assert.Equal(expected.Facets.Keys.Order(StringComparer.Ordinal), actual.Facets.Keys.Order(StringComparer.Ordinal));
        foreach (var (facet, values) in expected.Facets)
        {
            Assert.True(values.SequenceEqual(actual.Facets[facet]), $"{request}: facet {facet} differs");
        }
    }

    private static string Ids(SearchResults results) => string.Join(", ", results.Hits.Select(h => h.DocumentId));

    private static IEnumerable<IndexedDocument> Generate()
    {
        var random = new Random(20261202);
        for (var i = 0; i < DocumentCount; i++)
        {
            var id = $"doc-{i:D4}";
            var pages = Enumerable.Range(0, 1 + random.Next(3))
                .Select(_ => "The meeting considered " + string.Join(' ', Enumerable.Range(0, 6 + random.Next(14)).Select(_ => Words[random.Next(Words.Length)])) + ".")
                .ToArray();
            var metadata = new DocumentMetadata
            {
                Ccg = Ccgs[random.Next(Ccgs.Length)],
                DocumentType = random.Next(3) == 0 ? DocumentTypes.Policy : DocumentTypes.Minutes,
                Body = random.Next(2) == 0 ? "Governing Body" : "Primary Care Commissioning Committee",
                Date = new DateOnly(2014, 1, 1).AddDays(random.Next(7 * 365)),
                Sensitivity = random.Next(6) == 0 ? Sensitivities.Restricted : Sensitivities.Public,
            };
            Decision[] decisions = random.Next(3) == 0
                ? [new Decision { DecisionId = id + "-1", DocumentId = id, PageNumber = 1, Outcome = DecisionOutcomes.All[random.Next(DecisionOutcomes.All.Count)], Text = "The Governing Body decided.", InArchive = true }]
                : [];
            yield return IndexFixture.Document(id, $"Minutes {i}", metadata, decisions, null, pages);
        }
    }
}
