using System.Net;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

/// <summary>
/// Search by the outcomes of decisions, through the API and the search page: the <c>outcome</c> facet counts the
/// matching documents that record a decision with each outcome, and the <c>outcome</c> parameter keeps those documents.
/// </summary>
public sealed class SearchOutcomeTests : IClassFixture<ArchiveAppFixture>
{
    private const string Word = "ossicle";

    private readonly ArchiveAppFixture _app;

    public SearchOutcomeTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task OutcomeFacet_CountsTheHitsRecordingEachOutcome_AndTheFilterKeepsThem()
    {
        var api = _app.Factory.CreateApi();
        await UploadAsync(api, SampleMinutes.Pdf($"{Word} implant service", "APPROVED"), "GB minutes ossicle implants.pdf", Word);
        await UploadAsync(api, SampleMinutes.Pdf($"{Word} screening programme", "DEFERRED"), "GB minutes ossicle screening.pdf", Word);
        await UploadAsync(api, SampleMinutes.Pdf($"{Word} repair pathway", "REJECTED"), "GB minutes ossicle repair.pdf", Word);
        await UploadAsync(api, SampleFiles.Pdf("Ossicle leaflet", $"What the {Word} bones do."), "Ossicle leaflet.pdf", Word);

        var all = await api.SearchAsync(Word, pageSize: 100);

        // What a person would count: for each matching document, the outcomes of the decisions it records.
        var recorded = new Dictionary<string, HashSet<string>>();
        foreach (var hit in all.Hits)
        {
            recorded[hit.DocumentId] = [.. (await api.GetDocumentAsync(hit.DocumentId)).Decisions.Where(d => d.InArchive).Select(d => d.Outcome)];
        }

        var expected = recorded.Values.SelectMany(o => o).GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(4, all.Total);
        Assert.Equal(expected, all.Facets["outcome"].ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(all.Facets["outcome"].Select(f => f.Count).OrderDescending(), all.Facets["outcome"].Select(f => f.Count));
        foreach (var outcome in new[] { "approved", "deferred", "rejected" })
        {
            var filtered = await api.SearchAsync(Word, pageSize: 100, outcome: outcome);
            Assert.Equal(
                recorded.Where(r => r.Value.Contains(outcome)).Select(r => r.Key).Order(StringComparer.Ordinal),
                filtered.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
            Assert.Equal(expected[outcome], filtered.Total);
        }
    }

    [Fact]
    public async Task OutcomeFilter_CombinesWithTheOtherFilters()
    {
        var api = _app.Factory.CreateApi();
        var deferred = await UploadAsync(api, SampleMinutes.Pdf("stapes surgery", "DEFERRED"), "GB minutes stapes.pdf", "stapes");

        var narrowed = await api.SearchAsync("stapes", type: "minutes", ccg: "NHS Hartwell CCG", fromDate: "2018-01-01", toDate: "2018-12-31", outcome: "deferred");
        var elsewhere = await api.SearchAsync("stapes", ccg: "NHS Hollin Vale CCG", outcome: "deferred");
        var otherYear = await api.SearchAsync("stapes", fromDate: "2019-01-01", outcome: "deferred");
        var otherOutcome = await api.SearchAsync("stapes", type: "minutes", outcome: "ratified");

        Assert.Equal(deferred, Assert.Single(narrowed.Hits).DocumentId);
        Assert.Equal(0, elsewhere.Total);
        Assert.Equal(0, otherYear.Total);
        Assert.Equal(0, otherOutcome.Total);
    }

    [Fact]
    public async Task OutcomeFilter_ListsOnlyTheDecisionsWithThatOutcome()
    {
        var api = _app.Factory.CreateApi();
        var id = await UploadAsync(api, SampleMinutes.Pdf("myringotomy service", "DEFERRED"), "GB minutes myringotomy.pdf", "myringotomy");

        // "record" is in the sentence of the other decision of the minutes (the previous minutes agreed as a correct record).
        var all = await api.SearchAsync("myringotomy record", decisions: true);
        var deferred = await api.SearchAsync("myringotomy record", decisions: true, outcome: "deferred");

        Assert.Contains(all.Decisions!, d => d.Decision.DocumentId == id && d.Decision.Outcome != "deferred");
        Assert.Contains(deferred.Decisions!, d => d.Decision.DocumentId == id && d.Decision.Reference == "GB18/042");
        Assert.All(deferred.Decisions!, d => Assert.Equal("deferred", d.Decision.Outcome));
    }

    [Fact]
    public async Task OutcomeFilter_IsCaseInsensitive_AndItsReplyMatchesTheSchema()
    {
        var api = _app.Factory.CreateApi();
        var id = await UploadAsync(api, SampleMinutes.Pdf("cochlear review", "REJECTED"), "GB minutes cochlear.pdf", "cochlear");

        Assert.Equal(id, Assert.Single((await api.SearchAsync("cochlear", outcome: "Rejected")).Hits).DocumentId);
        var json = await _app.Factory.CreateClient().GetStringAsync(new Uri("/api/search?q=cochlear&outcome=rejected", UriKind.Relative));
        ContractSchemas.AssertValid("search-response.schema.json", json);
    }

    [Fact]
    public async Task UnknownOutcome_Is400ListingTheOutcomes()
    {
        var ex = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApi().SearchAsync("policy", outcome: "perhaps"));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("application/problem+json", ex.ContentHeaders?.ContentType?.MediaType);
        Assert.Contains("'outcome' must be one of approved, ratified, adopted, noted, deferred, rejected, not 'perhaps'", ex.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_OutcomeFacetLinks_KeepTheWholeQuery_AndTheFilterStaysInTheForm()
    {
        var api = _app.Factory.CreateApi();
        await UploadAsync(api, SampleMinutes.Pdf("tympanometry clinic", "DEFERRED"), "GB minutes tympanometry.pdf", "tympanometry");
        var client = _app.Factory.CreateClient();

        var page = await client.GetStringAsync(new Uri("/?q=tympanometry&ccg=NHS+Hartwell+CCG&sort=date", UriKind.Relative));
        var narrowed = await client.GetStringAsync(new Uri("/?q=tympanometry&outcome=deferred", UriKind.Relative));

        Assert.Contains("<h3 id=\"facet-outcome\">Outcome</h3>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/?q=tympanometry&amp;ccg=NHS%20Hartwell%20CCG&amp;outcome=deferred&amp;sort=date\"", page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"outcome\" value=\"deferred\" />", narrowed, StringComparison.Ordinal);
        Assert.Contains("href=\"/?q=tympanometry&amp;outcome=deferred&amp;sort=date\"", narrowed, StringComparison.Ordinal);
    }

    /// <summary>Uploads a document and waits until a search for <paramref name="word"/> finds it.</summary>
    private async Task<string> UploadAsync(IKnowledgeArchiveApi api, byte[] bytes, string fileName, string word)
    {
        using var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), fileName, "application/pdf"));
        Assert.True(response.IsSuccessStatusCode, $"upload failed: {response.StatusCode}");
        var id = response.Content!.DocumentId;
        await _app.WaitForStatusAsync(id, "indexed");
        return await Eventually.GetAsync(
            async () => (await api.SearchAsync(word, pageSize: 100)).Hits.Any(h => h.DocumentId == id) ? id : null,
            what: $"'{word}' to find {fileName}");
    }
}
