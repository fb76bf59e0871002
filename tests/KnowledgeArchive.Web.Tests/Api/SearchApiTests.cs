using System.Net;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

public sealed class SearchApiTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public SearchApiTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Search_FindsPdfAndDocxDroppedInInbox_WithPageOfBestMatch()
    {
        Directory.CreateDirectory(_app.Factory.InboxDirectory);
        await File.WriteAllBytesAsync(
            Path.Combine(_app.Factory.InboxDirectory, "NMA GB Minutes 26.03.19.pdf"),
            SampleFiles.Pdf("Governing Body minutes", "Apologies were received.", "Finance update.", "The Governing Body approved the wheelchair service specification."));
        await File.WriteAllBytesAsync(
            Path.Combine(_app.Factory.InboxDirectory, "Wheelchair policy.docx"),
            SampleFiles.Docx("Wheelchair Services Policy", "Scope of the policy.", "Eligibility for powered wheelchair provision."));

        var pdfHit = await SearchUntilFoundAsync("wheelchair specification", "NMA GB Minutes 26.03.19.pdf");
        var docxHit = await SearchUntilFoundAsync("powered wheelchair eligibility", "Wheelchair policy.docx");

        Assert.Equal(3, pdfHit.PageNumber);
        Assert.Contains("<mark>", pdfHit.Snippet, StringComparison.Ordinal);
        Assert.Equal(2, docxHit.PageNumber);
        Assert.Equal("Wheelchair Services Policy", docxHit.Title);
        Assert.Empty(Directory.EnumerateFiles(_app.Factory.InboxDirectory, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Search_ShippedSynonyms_FindWhatAnAbbreviationStandsFor()
    {
        Directory.CreateDirectory(_app.Factory.InboxDirectory);
        await File.WriteAllBytesAsync(
            Path.Combine(_app.Factory.InboxDirectory, "Funding panel minutes.pdf"),
            SampleFiles.Pdf("Funding panel minutes", "The panel reviewed continuing healthcare packages for the quarter."));

        var hit = await SearchUntilFoundAsync("CHC packages", "Funding panel minutes.pdf");

        Assert.Contains("<mark>continuing</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithDecisions_ListsTheMatchingDecisionsOfTheHits_WithTheirOutcomeAndMarkedSentence()
    {
        Directory.CreateDirectory(_app.Factory.InboxDirectory);
        await File.WriteAllBytesAsync(Path.Combine(_app.Factory.InboxDirectory, "GB minutes podiatry.pdf"), SampleMinutes.Pdf("podiatry triage service", "DEFERRED"));
        await SearchUntilFoundAsync("podiatry", "GB minutes podiatry.pdf");
        var api = _app.Factory.CreateApi();

        var response = await api.SearchAsync("podiatry triaged", decisions: true);
        var plain = await api.SearchAsync("podiatry triaged");

        var hit = Assert.Single(response.Decisions!, d => d.Decision.Reference == "GB18/042" && d.Decision.Text.Contains("podiatry", StringComparison.Ordinal));
        Assert.Equal("deferred", hit.Decision.Outcome);
        Assert.Equal(2, hit.Decision.PageNumber);
        Assert.Equal("Governing Body", hit.Decision.Body);
        Assert.Equal(new DateOnly(2018, 6, 12), hit.Decision.Date);
        Assert.Contains("<mark>podiatry</mark> <mark>triage</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Null(plain.Decisions);
        var json = await _app.Factory.CreateClient().GetStringAsync(new Uri("/api/search?q=podiatry&decisions=true", UriKind.Relative));
        ContractSchemas.AssertValid("search-response.schema.json", json);
    }

    [Fact]
    public async Task Search_ReplyMatchesJsonSchema()
    {
        var json = await _app.Factory.CreateClient().GetStringAsync(new Uri("/api/search?q=policy&pageSize=5", UriKind.Relative));

        ContractSchemas.AssertValid("search-response.schema.json", json);
    }

    [Theory]
    [InlineData("\"unclosed phrase")]
    [InlineData("title:")]
    [InlineData("*ildcard")]
    public async Task Search_MalformedQuery_Is400WithReadableMessage(string q)
    {
        var ex = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApi().SearchAsync(q));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Contains("\"detail\"", ex.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", ex.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("colour:red", "not a field")]
    [InlineData("type:memo", "type: must be one of")]
    [InlineData("outcome:perhaps", "outcome: must be one of")]
    [InlineData("date:[2019-01-01 TO soon]", "not a date")]
    [InlineData("ccg:[a TO b]", "dates only")]
    [InlineData("p*", "at least 2 letters")]
    public async Task Search_QueryLanguageMistake_Is400ProblemSayingWhatToChange(string q, string expected)
    {
        var ex = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApi().SearchAsync(q));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("application/problem+json", ex.ContentHeaders?.ContentType?.MediaType);
        Assert.Contains(expected, ex.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", ex.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FieldsAndDateRanges_AreAccepted()
    {
        var api = _app.Factory.CreateApi();

        var result = await api.SearchAsync("policy type:policy date:[2018-01-01 TO 2019-12-31] -draft ccg:\"North Marsh\" outcome:approved ref:GB19/023");

        Assert.NotNull(result);
    }

    [Fact]
    public async Task Search_VeryLongQuery_Is400()
    {
        var q = string.Join(" OR ", Enumerable.Range(0, 200).Select(i => $"term{i}"));
        using var response = await _app.Factory.CreateClient().GetAsync(new Uri($"/api/search?q={Uri.EscapeDataString(q)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit is 1000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=14/03/2019", "'from'")]
    [InlineData("to=yesterday", "'to'")]
    [InlineData("from=2020-01-01&to=2019-01-01", "after")]
    [InlineData("pageSize=0", "'pageSize'")]
    [InlineData("page=-1", "'page'")]
    [InlineData("sort=popularity", "'sort'")]
    public async Task Search_BadParameter_Is400NamingIt(string query, string expected)
    {
        using var response = await _app.Factory.CreateClient().GetAsync(new Uri($"/api/search?q=x&{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_And_OpenApi_AreServed()
    {
        var client = _app.Factory.CreateClient();

        Assert.Equal("healthy", (await _app.Factory.CreateApi().GetHealthAsync()).Status);
        var openApi = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("/api/search", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/documents/{id}/pages/{pageNumber}", openApi, StringComparison.Ordinal);
    }

    private async Task<SearchHitDto> SearchUntilFoundAsync(string q, string fileName)
    {
        var api = _app.Factory.CreateApi();
        return await Eventually.GetAsync(
            async () => (await api.SearchAsync(q)).Hits.FirstOrDefault(h => h.FileName == fileName),
            what: $"'{q}' to find {fileName}");
    }
}
