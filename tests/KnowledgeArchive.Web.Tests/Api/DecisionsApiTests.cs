using KnowledgeArchive.Client;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

public sealed class DecisionsApiTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public DecisionsApiTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Minutes_AreReadIntoMetadataAndDecisions_SearchableByWordsAndFilters()
    {
        var api = _app.Factory.CreateApi();
        var id = await UploadAsync(api, SampleMinutes.Pdf("hydrotherapy pathway"), "GB minutes June 2018.pdf");

        var document = await api.GetDocumentAsync(id);
        Assert.Equal("minutes", document.DocumentType);
        Assert.Equal("NHS Hartwell CCG", document.Ccg);
        Assert.Equal("NHS Wessex Downs Integrated Care Board", document.Icb);
        Assert.Equal("Governing Body", document.Body);
        Assert.Equal(new DateOnly(2018, 6, 12), document.Date);
        Assert.Equal("public", document.Session);
        Assert.Equal(2, document.Decisions.Count);

        var found = await api.ListDecisionsAsync(q: "hydrotherapy", outcome: "approved", ccg: "NHS Hartwell CCG", fromDate: "2018-01-01");
        var decision = Assert.Single(found.Items);
        Assert.Equal("GB18/042", decision.Reference);
        Assert.Equal(2, decision.PageNumber);
        Assert.Equal(id, decision.DocumentId);
        Assert.StartsWith("RESOLVED: The Governing Body APPROVED the hydrotherapy pathway", decision.Text, StringComparison.Ordinal);
        Assert.Equal((1.0, false), (decision.Confidence, decision.NeedsReview));
        Assert.Contains("resolution marker", decision.Reason, StringComparison.Ordinal);
        Assert.Equal(decision, await api.GetDecisionAsync(decision.DecisionId));

        Assert.Empty((await api.ListDecisionsAsync(q: "hydrotherapy", outcome: "deferred")).Items);
        Assert.Contains((await api.ListDecisionsAsync(reference: "gb/18/42")).Items, d => d.DocumentId == id);
        var search = await api.SearchAsync("hydrotherapy", body: "Governing Body", type: "minutes");
        Assert.Equal(id, Assert.Single(search.Hits).DocumentId);
    }

    [Fact]
    public async Task DecisionReplies_MatchTheirJsonSchemas()
    {
        var api = _app.Factory.CreateApi();
        var id = await UploadAsync(api, SampleMinutes.Pdf("podiatry service"), "GB minutes podiatry.pdf");
        var http = _app.Factory.CreateClient();

        ContractSchemas.AssertValid("document.schema.json", await http.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative)));
        ContractSchemas.AssertValid("decision-list.schema.json", await http.GetStringAsync(new Uri("/api/decisions?q=podiatry", UriKind.Relative)));
        var decision = (await api.ListDecisionsAsync(q: "podiatry")).Items[0];
        ContractSchemas.AssertValid("decision.schema.json", await http.GetStringAsync(new Uri($"/api/decisions/{decision.DecisionId}", UriKind.Relative)));
    }

    [Fact]
    public async Task Facets_CountMatchingDecisions_AndUnknownOrganisationsAreReported()
    {
        var api = _app.Factory.CreateApi();
        await UploadAsync(api, SampleMinutes.Pdf("orthotics service"), "GB minutes orthotics.pdf");
        await UploadAsync(api, SampleMinutes.UnknownCcgPdf(), "Brackenmoor GB minutes.pdf");

        var list = await api.ListDecisionsAsync(q: "orthotics");
        Assert.Contains(list.Facets["outcome"], f => f.Value == "approved" && f.Count == 1);
        Assert.Contains(list.Facets["year"], f => f.Value == "2018");

        var organisations = await api.GetOrganisationsAsync();
        Assert.Contains(organisations.Organisations, o => o.Name == "NHS Hartwell CCG" && o.Kind == "ccg");
        Assert.Contains(organisations.NotInGazetteer, o => o.Name == "NHS Brackenmoor CCG" && o.Documents == 1);
        var dermatology = Assert.Single((await api.ListDecisionsAsync(q: "dermatology")).Items);
        Assert.Equal("NHS Brackenmoor CCG", dermatology.Ccg);
    }

    [Fact]
    public async Task Policy_DocumentControlIsInTheDocument()
    {
        var api = _app.Factory.CreateApi();
        var id = await UploadAsync(api, SampleMinutes.PolicyDocx(), "wheelchair policy.docx");

        var document = await api.GetDocumentAsync(id);

        Assert.Equal("policy", document.DocumentType);
        Assert.Equal(new DateOnly(2018, 6, 12), document.Date);
        Assert.Equal("HWCCG-CP-031", document.Policy?.Reference);
        Assert.Equal("1.2", document.Policy?.Version);
        Assert.Equal(new DateOnly(2020, 6, 1), document.Policy?.ReviewDate);
        Assert.Equal("Governing Body (GB18/042)", document.Policy?.ApprovedBy);
    }

    [Theory]
    [InlineData("outcome=maybe", "'outcome'")]
    [InlineData("from=March", "'from'")]
    [InlineData("pageSize=0", "'pageSize'")]
    public async Task BadDecisionQuery_Is400WithTheReason(string query, string expected)
    {
        var api = _app.Factory.CreateApi();
        var http = _app.Factory.CreateClient();

        using var response = await http.GetAsync(new Uri($"/api/decisions?{query}", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<ApiException>(() => api.GetDecisionAsync("dec-0000000000000000"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<string> UploadAsync(IKnowledgeArchiveApi api, byte[] bytes, string fileName)
    {
        using var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), fileName, "application/pdf"));
        Assert.True(response.IsSuccessStatusCode, $"upload failed: {response.StatusCode}");
        await _app.WaitForStatusAsync(response.Content!.DocumentId, "indexed");
        return response.Content.DocumentId;
    }
}
