using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

public sealed class LineageApiTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public LineageApiTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Ratification_IsALink_WithEvidence_FromEitherEnd()
    {
        var api = _app.Factory.CreateApi();
        var (committee, ratification) = SampleMinutes.RatifiedPair("podiatry service", "PCCC/18/020", "GB18/050");
        await UploadAsync(api, ratification, "GB minutes June 2018 podiatry.pdf");
        await UploadAsync(api, committee, "PCCC minutes May 2018 podiatry.pdf");
        var approved = Assert.Single((await api.ListDecisionsAsync(reference: "PCCC/18/020")).Items);
        var ratifying = Assert.Single((await api.ListDecisionsAsync(reference: "GB18/050")).Items);

        var lineage = await Eventually.GetAsync(async () =>
        {
            var graph = await api.GetLineageAsync(approved.DecisionId);
            return graph.Edges.Count > 0 ? graph : null;
        }, what: "the ratification link");

        var edge = Assert.Single(lineage.Edges);
        Assert.Equal(ratifying.DecisionId, edge.From);
        Assert.Equal(approved.DecisionId, edge.To);
        Assert.Equal("ratifies", edge.Type);
        Assert.Equal("reference", edge.Method);
        Assert.Equal(("reference", "the document prints the decision's minute reference"), (edge.Rule, edge.Explanation));
        Assert.Equal(ratifying.DocumentId, edge.Evidence.DocumentId);
        Assert.Contains("minute PCCC/18/020", edge.Evidence.Text, StringComparison.Ordinal);
        Assert.Equal((await api.GetDocumentAsync(ratifying.DocumentId)).Sha256, edge.Evidence.Sha256);
        Assert.Equal(lineage.Edges, (await api.GetLineageAsync(ratifying.DecisionId)).Edges);

        var http = _app.Factory.CreateClient();
        ContractSchemas.AssertValid("lineage.schema.json", await http.GetStringAsync(new Uri($"/api/decisions/{approved.DecisionId}/lineage", UriKind.Relative)));
    }

    [Fact]
    public async Task Question_WhichDecisionRatified_IsAnsweredWithTheChainAndItsEvidence()
    {
        var api = _app.Factory.CreateApi();
        var (committee, ratification) = SampleMinutes.RatifiedPair("community ophthalmology service", "PCCC/18/061", "GB18/062");
        await UploadAsync(api, committee, "PCCC minutes ophthalmology.pdf");
        await UploadAsync(api, ratification, "GB minutes ophthalmology.pdf");

        var answer = await Eventually.GetAsync(async () =>
        {
            var found = await api.TraceAsync("which decision ratified the PCCC decision on the community ophthalmology service");
            return found.Nodes.Count == 2 ? found : null;
        }, what: "the answered chain");

        Assert.Equal("ratification", answer.Question.Intent);
        Assert.Equal("Primary Care Commissioning Committee", answer.Question.Body);
        Assert.Equal(["PCCC/18/061", "GB18/062"], answer.Nodes.Select(n => n.Reference));
        Assert.Equal(answer.Nodes[0].DecisionId, answer.Anchor);
        var edge = Assert.Single(answer.Edges);
        Assert.Equal(("ratifies", answer.Nodes[1].DecisionId, answer.Nodes[0].DecisionId), (edge.Type, edge.From, edge.To));
        var http = _app.Factory.CreateClient();
        ContractSchemas.AssertValid("lineage-answer.schema.json", await http.GetStringAsync(new Uri("/api/lineage/trace?q=which+decision+ratified+the+PCCC+decision+on+the+community+ophthalmology+service", UriKind.Relative)));
    }

    [Fact]
    public async Task Question_WhichPoliciesTransferred_ListsTheCcgDecisionKnownFromTheIcbAppendix()
    {
        var api = _app.Factory.CreateApi();
        await UploadAsync(api, SampleMinutes.IcbAdoption("Hearing Aid Provision Policy", "HWCCG-CP-077", "GB19/088", "14/11/2019"), "ICB board minutes 1 July 2022.docx");

        var answer = await Eventually.GetAsync(async () =>
        {
            var found = await api.TraceAsync("which Hartwell policies transferred to the ICB");
            return found.Nodes.Any(n => n.Reference == "GB19/088") ? found : null;
        }, what: "the hand-over chain");

        Assert.Equal(("transfer", "NHS Hartwell CCG"), (answer.Question.Intent, answer.Question.Organisation));
        var handedOn = Assert.Single(answer.Nodes, n => n.Reference == "GB19/088");
        Assert.False(handedOn.InArchive);
        Assert.Equal(new DateOnly(2019, 11, 14), handedOn.Date);
        var board = Assert.Single(answer.Nodes, n => n.Reference == "B22/005");
        Assert.Contains(answer.Edges, e => (e.From, e.To, e.Type) == (board.DecisionId, handedOn.DecisionId, "adopts"));
        var transfer = Assert.Single(answer.Edges, e => e.Type == "transfers_to");
        Assert.Equal("NHS Wessex Downs Integrated Care Board", LineageEdgeDto.OrganisationName(transfer.To));
        Assert.Contains("GB19/088", transfer.Evidence.Text, StringComparison.Ordinal);
        Assert.Equal("handover", transfer.Rule);
        Assert.StartsWith("inferred from", transfer.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_CorrectedPartByPart_AnswersTheCorrectedQuestion()
    {
        var api = _app.Factory.CreateApi();
        await UploadAsync(api, SampleMinutes.IcbAdoption("Hearing Aid Provision Policy", "HWCCG-CP-077", "GB19/088", "14/11/2019"), "ICB board minutes 1 July 2022.docx");
        await Eventually.GetAsync(async () =>
        {
            var found = await api.TraceAsync("which Hartwell policies transferred to the ICB");
            return found.Nodes.Any(n => n.Reference == "GB19/088") ? found : null;
        }, what: "the hand-over chain");

        // Asked loosely, with no organisation and a misleading kind; the user says what was meant.
        var loose = await api.TraceAsync("hearing aids in the old CCG", intent: null, organisation: null, body: null, year: null, subject: null);
        var corrected = await api.TraceAsync("hearing aids in the old CCG", intent: "transfer", organisation: "Hartwell", body: null, year: null, subject: "");

        Assert.Equal("history", loose.Question.Intent);
        Assert.Null(loose.Question.Organisation);
        Assert.Equal(("transfer", "NHS Hartwell CCG"), (corrected.Question.Intent, corrected.Question.Organisation));
        Assert.Empty(corrected.Question.Words);
        Assert.Contains(corrected.Nodes, n => n.Reference == "GB19/088");
        Assert.Contains(corrected.Edges, e => e.Type == "transfers_to");
    }

    [Theory]
    [InlineData("intent=wishes", "'intent' must be one of")]
    [InlineData("year=last", "'year' must be a year")]
    public async Task Correction_ThatCannotBeRead_IsA400SayingWhy(string part, string message)
    {
        var http = _app.Factory.CreateClient();
        using var response = await http.GetAsync(new Uri("/api/lineage/trace?q=what+replaced+the+policy&" + part, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Question_Empty_IsA400WithAHint(string question)
    {
        var http = _app.Factory.CreateClient();
        using var response = await http.GetAsync(new Uri("/api/lineage/trace?q=" + Uri.EscapeDataString(question), UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ask a question", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_TooLong_IsA400()
    {
        var http = _app.Factory.CreateClient();
        using var response = await http.GetAsync(new Uri("/api/lineage/trace?q=" + new string('a', 600), UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EvidencePack_HoldsTheCitedOriginals_WhoseHashesMatchTheManifest()
    {
        var api = _app.Factory.CreateApi();
        var (committee, ratification) = SampleMinutes.RatifiedPair("stroke rehabilitation", "PCCC/18/044", "GB18/051");
        await UploadAsync(api, committee, "PCCC minutes stroke.pdf");
        await UploadAsync(api, ratification, "GB minutes stroke.pdf");
        var approved = Assert.Single((await api.ListDecisionsAsync(reference: "PCCC/18/044")).Items);
        await Eventually.GetAsync(async () => (await api.GetLineageAsync(approved.DecisionId)).Edges.Count > 0 ? "linked" : null, what: "the link");
        var http = _app.Factory.CreateClient();

        using var response = await http.GetAsync(new Uri($"/api/decisions/{approved.DecisionId}/lineage/export?format=zip", UriKind.Relative));
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        await using var zipStream = await response.Content.ReadAsStreamAsync();
        using var zip = new System.IO.Compression.ZipArchive(zipStream);

        using var manifest = System.Text.Json.JsonDocument.Parse(await ReadAsync(zip, "manifest.json"));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        foreach (var file in files)
        {
            await using var original = await zip.GetEntry(file.GetProperty("path").GetString()!)!.OpenAsync();
            var rehashed = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(original));
            Assert.Equal(file.GetProperty("sha256").GetString(), rehashed);
            Assert.Equal((await api.GetDocumentAsync(file.GetProperty("documentId").GetString()!)).Sha256, rehashed);
        }

        var lineage = System.Text.Json.JsonSerializer.Deserialize(await ReadAsync(zip, "lineage.json"), ArchiveJsonContext.Default.LineageDto)!;
        Assert.Equal("ratifies", Assert.Single(lineage.Edges).Type);
        var csv = await ReadAsync(zip, "lineage.csv");
        Assert.Contains("link,", csv, StringComparison.Ordinal);
        Assert.Contains("PCCC minutes stroke.pdf", csv, StringComparison.Ordinal);

        var csvOnly = await http.GetStringAsync(new Uri($"/api/decisions/{approved.DecisionId}/lineage/export?format=csv", UriKind.Relative));
        Assert.Equal(csv, csvOnly);
    }

    [Fact]
    public async Task Gaps_ListDeferralsNeverDecided_AndPoliciesInConflict()
    {
        var api = _app.Factory.CreateApi();
        await UploadAsync(api, SampleMinutes.Pdf("wheelchair voucher scheme", "DEFERRED"), "GB minutes deferred vouchers.pdf");
        await UploadAsync(api, SampleMinutes.PolicyVersion("NHS Hartwell CCG", "Footcare Policy", "HWCCG-CP-081", "1.0", "1 May 2017", "Governing Body"), "footcare a.docx");
        await UploadAsync(api, SampleMinutes.PolicyVersion("NHS Hartwell CCG", "Footcare Policy", "HWCCG-CP-092", "1.0", "1 May 2019", "Governing Body"), "footcare b.docx");

        var gaps = await api.GetLineageGapsAsync();

        Assert.Contains(gaps, g => g.Reason == "deferred_never_decided" && g.Text.Contains("wheelchair voucher scheme", StringComparison.Ordinal));
        var conflict = Assert.Single(gaps, g => g.Reason == "conflicting_policies" && g.Text.Contains("Footcare", StringComparison.Ordinal));
        Assert.Equal(2, conflict.Candidates.Count);
    }

    [Fact]
    public async Task Deferral_TakenUpByADecisionKnownOnlyFromAPolicy_IsNoLongerAGap()
    {
        var api = _app.Factory.CreateApi();
        await UploadAsync(api, SampleMinutes.Pdf("orthotics service policy", "DEFERRED"), "GB minutes deferred orthotics.pdf");
        await Eventually.GetAsync(async () => (await api.GetLineageGapsAsync()).Any(g => g.Reason == "deferred_never_decided" && g.Text.Contains("orthotics", StringComparison.Ordinal)) ? "listed" : null, what: "the deferral as a gap");

        await UploadAsync(api, SampleMinutes.PolicyVersion("NHS Hartwell CCG", "Orthotics Service Policy", "HWCCG-CP-095", "1.0", "11 July 2018", "Governing Body, 11 July 2018"), "orthotics policy.docx");

        await Eventually.GetAsync(async () => (await api.GetLineageGapsAsync()).Any(g => g.Reason == "deferred_never_decided" && g.Text.Contains("orthotics", StringComparison.Ordinal)) ? null : "taken up", what: "the deferral taken up");
        var deferred = Assert.Single((await api.ListDecisionsAsync(q: "orthotics", outcome: "deferred")).Items);
        var lineage = await api.GetLineageAsync(deferred.DecisionId);
        var edge = Assert.Single(lineage.Edges, e => e.Type == "defers_to");
        Assert.False(Assert.Single(lineage.Nodes, n => n.DecisionId == edge.To).InArchive);
    }

    [Fact]
    public async Task UnknownDecision_Is404_AndBadDepth_Is400()
    {
        var api = _app.Factory.CreateApi();

        var missing = await Assert.ThrowsAsync<ApiException>(() => api.GetLineageAsync("dec-0000000000000000"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        using var response = await _app.Factory.CreateClient().GetAsync(new Uri("/api/decisions/x/lineage?depth=0", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string> ReadAsync(System.IO.Compression.ZipArchive zip, string name)
    {
        await using var stream = await zip.GetEntry(name)!.OpenAsync();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task PaperListingADecision_References_It_AndTheDecisionPageLinksThePaper()
    {
        var api = _app.Factory.CreateApi();
        var (committee, _) = SampleMinutes.RatifiedPair("falls prevention service", "PCCC/18/077", "GB18/078");
        await UploadAsync(api, committee, "PCCC minutes falls.pdf");
        var paper = await UploadAsync(api, SampleMinutes.ClosedownReport("PCCC/18/077", "08/05/2018", "Falls prevention service"), "Closedown report.docx");
        var approved = Assert.Single((await api.ListDecisionsAsync(reference: "PCCC/18/077")).Items);

        var lineage = await Eventually.GetAsync(async () =>
        {
            var graph = await api.GetLineageAsync(approved.DecisionId);
            return graph.Edges.Any(e => e.Type == "references") ? graph : null;
        }, what: "the paper's reference");

        var edge = Assert.Single(lineage.Edges, e => e.Type == "references");
        Assert.Equal(($"document:{paper}", approved.DecisionId), (edge.From, edge.To));
        Assert.Equal(paper, edge.Evidence.DocumentId);
        Assert.Contains("PCCC/18/077", edge.Evidence.Text, StringComparison.Ordinal);
        var page = await _app.Factory.CreateClient().GetStringAsync(new Uri($"/decisions/{approved.DecisionId}", UriKind.Relative));
        Assert.Contains($"<a class=\"citing-document\" href=\"/documents/{paper}\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidencePack_SaysWhoExportedItAndWhy_AndTheAuditLogKeepsTheReason()
    {
        var api = _app.Factory.CreateApi();
        var (committee, ratification) = SampleMinutes.RatifiedPair("pulmonary rehabilitation service", "PCCC/18/083", "GB18/084");
        await UploadAsync(api, committee, "PCCC minutes rehab.pdf");
        await UploadAsync(api, ratification, "GB minutes rehab.pdf");
        var approved = Assert.Single((await api.ListDecisionsAsync(reference: "PCCC/18/083")).Items);
        await Eventually.GetAsync(async () => (await api.GetLineageAsync(approved.DecisionId)).Edges.Count > 0 ? "linked" : null, what: "the ratification link");

        using var response = await api.ExportLineageAsync(approved.DecisionId, "zip", "FOI request 4471 <review>");
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        using var manifest = System.Text.Json.JsonDocument.Parse(await new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEndAsync());
        var report = await new StreamReader(zip.GetEntry("report.html")!.Open()).ReadToEndAsync();

        Assert.Equal("FOI request 4471 <review>", manifest.RootElement.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrEmpty(manifest.RootElement.GetProperty("exportedBy").GetString()));
        Assert.Contains("FOI request 4471 &lt;review&gt;", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<review>", report, StringComparison.Ordinal);
        var audit = await api.ListAuditAsync(action: "lineage.export");
        Assert.Contains(audit.Items, e => e.Target == approved.DecisionId && e.Detail!.Contains("reason: FOI request 4471", StringComparison.Ordinal));

        using var tooLong = await api.ExportLineageAsync(approved.DecisionId, "zip", new string('x', 501));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task Gaps_FilterByKind_ExportAsCsv_AndThePageGroupsThem()
    {
        var api = _app.Factory.CreateApi();
        var (_, ratification) = SampleMinutes.RatifiedPair("hydrotherapy service", "PCCC/18/097", "GB18/098");
        await UploadAsync(api, ratification, "GB minutes hydrotherapy.pdf");
        await Eventually.GetAsync(async () => (await api.GetLineageGapsAsync("not_in_archive")).Any(g => g.CitedReference == "PCCC/18/097") ? "listed" : null, what: "the broken citation");

        Assert.All(await api.GetLineageGapsAsync("not_in_archive"), g => Assert.Equal("not_in_archive", g.Reason));
        Assert.DoesNotContain(await api.GetLineageGapsAsync("deferred_never_decided"), g => g.CitedReference == "PCCC/18/097");
        using var csv = await api.ExportLineageGapsAsync("not_in_archive");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("reason,relation,cited_reference,document_id,file_name,page,text,candidates", text, StringComparison.Ordinal);
        Assert.Contains("GB minutes hydrotherapy.pdf", text, StringComparison.Ordinal);
        var http = _app.Factory.CreateClient();
        using var wrong = await http.GetAsync(new Uri("/api/lineage/gaps?reason=lost", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, wrong.StatusCode);

        var page = await http.GetStringAsync(new Uri("/lineage/gaps?reason=not_in_archive", UriKind.Relative));
        Assert.Contains("not in the archive (", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/lineage/gaps?format=csv&amp;reason=not_in_archive\"", page, StringComparison.Ordinal);
        Assert.Contains("PCCC/18/097", page, StringComparison.Ordinal);
    }

    private async Task<string> UploadAsync(IKnowledgeArchiveApi api, byte[] bytes, string fileName)
    {
        using var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), fileName, "application/pdf"));
        Assert.True(response.IsSuccessStatusCode, $"upload failed: {response.StatusCode}");
        await _app.WaitForStatusAsync(response.Content!.DocumentId, "indexed");
        return response.Content.DocumentId;
    }
}
