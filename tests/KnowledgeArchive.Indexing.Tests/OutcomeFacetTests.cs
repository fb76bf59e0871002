using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Indexing.Tests;

/// <summary>
/// The outcome facet and filter are about documents: a matched document counts once under each outcome among the
/// decisions it records, on whichever page, and the filter keeps the documents recording that outcome. Checked
/// against a count over the fixture's own description of its documents.
/// </summary>
public sealed class OutcomeFacetTests : IClassFixture<OutcomeFacetTests.Archive>
{
    private readonly Archive _archive;

    public OutcomeFacetTests(Archive archive) => _archive = archive;

    [Theory]
    [InlineData("wheelchair", RecordScope.All)]
    [InlineData("wheelchair", RecordScope.PublicOnly)]
    [InlineData("estates", RecordScope.PublicOnly)]
    [InlineData("", RecordScope.PublicOnly)]
    [InlineData("", RecordScope.All)]
    public void OutcomeFacet_CountsMatchedDocumentsPerOutcome_AsABruteForceCountDoes(string text, RecordScope scope)
    {
        var results = _archive.Index.Search(new SearchQuery { Text = text, Scope = scope });

        var expected = Archive.Documents
            .Where(d => d.Matches(text, scope))
            .SelectMany(d => d.Outcomes)
            .GroupBy(o => o)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Archive.Documents.Count(d => d.Matches(text, scope)), results.Total);
        Assert.Equal(expected.OrderBy(c => c.Key, StringComparer.Ordinal), Counts(results).OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void OutcomeFacet_IsMostFrequentFirst()
    {
        var counts = _archive.Index.Search(new SearchQuery { Scope = RecordScope.All }).Facets["outcome"].Select(f => f.Count).ToList();

        Assert.True(counts.Count > 2, "the fixture should record several outcomes");
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Theory]
    [InlineData(DecisionOutcomes.Ratified)]
    [InlineData(DecisionOutcomes.Deferred)]
    [InlineData(DecisionOutcomes.Rejected)]
    public void OutcomeFilter_KeepsDocumentsRecordingThatOutcome_WhicheverPageMatchesTheWords(string outcome)
    {
        // The words are on page 2; the decisions on pages 1 and 3.
        var results = _archive.Index.Search(new SearchQuery { Text = "wheelchair", Outcome = outcome, Scope = RecordScope.All, PageSize = 100 });

        var expected = Archive.Documents.Where(d => d.Matches("wheelchair", RecordScope.All) && d.Outcomes.Contains(outcome)).Select(d => d.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), results.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.Equal(results.Total, Assert.Single(results.Facets["outcome"], f => f.Value == outcome).Count);
        Assert.Equal(
            _archive.Index.Search(new SearchQuery { Text = "wheelchair", Scope = RecordScope.All }).Facets["outcome"].Single(f => f.Value == outcome).Count,
            results.Total);
    }

    [Theory]
    [InlineData(RecordScope.PublicOnly)]
    [InlineData(RecordScope.All)]
    public void OutcomeFilter_CombinesWithOtherFilters_AndTheScope(RecordScope scope)
    {
        var query = new SearchQuery
        {
            Text = "wheelchair",
            Outcome = DecisionOutcomes.Rejected,
            Ccg = Archive.Ccgs[2],
            From = new DateOnly(2016, 1, 1),
            To = new DateOnly(2018, 12, 31),
            Scope = scope,
            PageSize = 100,
        };

        var results = _archive.Index.Search(query);

        var expected = Archive.Documents
            .Where(d => d.Matches("wheelchair", scope) && d.Outcomes.Contains(DecisionOutcomes.Rejected))
            .Where(d => d.Ccg == Archive.Ccgs[2] && d.Date.Year is >= 2016 and <= 2018)
            .ToList();
        Assert.Contains(expected, d => !d.Restricted);
        Assert.Equal(scope == RecordScope.All, expected.Any(d => d.Restricted));
        Assert.Equal(expected.Select(d => d.Id).Order(StringComparer.Ordinal), results.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OutcomeFilter_LeavesOutRestrictedDocuments_ForPublicOnly()
    {
        var restricted = Archive.Documents.Where(d => d.Restricted && d.Outcomes.Contains(DecisionOutcomes.Rejected)).Select(d => d.Id).ToList();
        Assert.NotEmpty(restricted);

        var reader = _archive.Index.Search(new SearchQuery { Outcome = DecisionOutcomes.Rejected, Scope = RecordScope.PublicOnly, PageSize = 100 });
        var auditor = _archive.Index.Search(new SearchQuery { Outcome = DecisionOutcomes.Rejected, Scope = RecordScope.All, PageSize = 100 });

        Assert.DoesNotContain(reader.Hits, h => restricted.Contains(h.DocumentId));
        Assert.Equal(auditor.Total - restricted.Count, reader.Total);
        Assert.Equal(reader.Total, reader.Facets["outcome"].Single(f => f.Value == DecisionOutcomes.Rejected).Count);
    }

    [Fact]
    public void OutcomeOnlyCited_IsNotTheDocumentsOutcome()
    {
        var results = _archive.Index.Search(new SearchQuery { Text = "dermatology", Scope = RecordScope.All });

        Assert.Equal(1, results.Total);
        Assert.Empty(results.Facets["outcome"]);
        Assert.Equal(0, _archive.Index.Search(new SearchQuery { Text = "dermatology", Outcome = DecisionOutcomes.Ratified, Scope = RecordScope.All }).Total);
    }

    [Theory]
    [InlineData("Approved")]
    [InlineData(" approved ")]
    public void OutcomeFilter_IgnoresCaseAndSpaces(string outcome)
    {
        var exact = _archive.Index.Search(new SearchQuery { Outcome = DecisionOutcomes.Approved }).Total;

        Assert.Equal(exact, _archive.Index.Search(new SearchQuery { Outcome = outcome }).Total);
    }

    [Fact]
    public void OutcomeFilter_UnknownOutcome_MatchesNothing()
    {
        var results = _archive.Index.Search(new SearchQuery { Text = "wheelchair", Outcome = "perhaps", Scope = RecordScope.All });

        Assert.Equal(0, results.Total);
        Assert.All(results.Facets.Values, values => Assert.Empty(values));
    }

    private static Dictionary<string, int> Counts(SearchResults results) =>
        results.Facets["outcome"].ToDictionary(f => f.Value, f => f.Count);

    /// <summary>A document as the fixture describes it: what a brute-force count works from.</summary>
    public sealed record Spec(string Id, string Ccg, DateOnly Date, bool Restricted, string[] Pages, IReadOnlyList<Decision> Decisions)
    {
        /// <summary>The distinct outcomes of the decisions the document records (not those it only cites).</summary>
        public IReadOnlySet<string> Outcomes => Decisions.Where(d => d.InArchive).Select(d => d.Outcome).ToHashSet(StringComparer.Ordinal);

        public bool Matches(string text, RecordScope scope) =>
            (scope == RecordScope.All || !Restricted) && (text.Length == 0 || Pages.Any(p => p.Contains(text, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Thirty documents of three pages, each committed alone (so in many segments), with zero to three decisions on pages
    /// 1 and 3 (some outcomes repeated within a document), a decision known only from a citation now and then, and one
    /// document in six restricted; and minutes whose only decision is a cited one.
    /// </summary>
    public sealed class Archive : IAsyncLifetime, IDisposable
    {
        public static readonly string[] Ccgs = ["NHS North Marsh CCG", "NHS Hollin Vale CCG", "NHS Wyvern Valley CCG"];

        public static readonly IReadOnlyList<Spec> Documents = [.. Enumerable.Range(0, 30).Select(Describe), CitesOnly()];

        private readonly IndexFixture _fixture = new();

        public LuceneSearchIndex Index => _fixture.Index;

        public async Task InitializeAsync()
        {
            foreach (var spec in Documents)
            {
                var metadata = new DocumentMetadata
                {
                    Ccg = spec.Ccg,
                    DocumentType = DocumentTypes.Minutes,
                    Date = spec.Date,
                    Sensitivity = spec.Restricted ? Sensitivities.Restricted : Sensitivities.Public,
                };
                await _fixture.AddAsync(spec.Id, "Minutes", metadata, spec.Decisions, null, spec.Pages);
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _fixture.Dispose();

        private static Spec Describe(int i)
        {
            var id = $"doc-{i:D2}";
            var outcomes = DecisionOutcomes.All;
            var decisions = new List<Decision>();
            if (i % 4 != 3)
            {
                decisions.Add(Decision(id, 1, outcomes[i % outcomes.Count]));
            }

            if (i % 2 == 0)
            {
                decisions.Add(Decision(id, 3, outcomes[((i * 5) + 1) % outcomes.Count]));
            }

            if (i % 7 == 0 && decisions.Count > 0)
            {
                decisions.Add(Decision(id, 3, decisions[0].Outcome));
            }

            if (i % 5 == 1)
            {
                decisions.Add(Decision(id, 1, DecisionOutcomes.Rejected, inArchive: false));
            }

            string[] pages = ["Apologies and declarations of interest.", i % 3 == 0 ? "The estates strategy." : "Powered wheelchair provision.", "Any other business."];
            return new Spec(id, Ccgs[i % 3], new DateOnly(2015 + (i % 5), 4, 1), i % 6 == 5, pages, decisions);
        }

        private static Spec CitesOnly() => new(
            "doc-cites",
            Ccgs[0],
            new DateOnly(2019, 4, 1),
            false,
            ["The dermatology decision at minute GB17/009 was ratified elsewhere."],
            [Decision("doc-cites", 1, DecisionOutcomes.Ratified, inArchive: false)]);

        private static Decision Decision(string documentId, int page, string outcome, bool inArchive = true) => new()
        {
            DecisionId = $"{documentId}-{page}-{outcome}-{inArchive}",
            DocumentId = documentId,
            PageNumber = page,
            Outcome = outcome,
            Text = $"The Governing Body {outcome} the paper.",
            InArchive = inArchive,
        };
    }
}
