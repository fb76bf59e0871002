using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Security;

/// <summary>
/// Restricted records exist only for auditors: a reader walks every endpoint and page of an archive holding Part 2
/// minutes and a restricted policy linked to public decisions, and finds no trace of them (ids, hashes, their words);
/// an auditor finds them all.
/// </summary>
public sealed class RestrictedRecordsLeakTests : IClassFixture<RestrictedRecordsLeakTests.LoadedArchive>
{
    private readonly LoadedArchive _archive;

    public RestrictedRecordsLeakTests(LoadedArchive archive) => _archive = archive;

    [Fact]
    public async Task Reader_FindsNoTraceOfRestrictedRecords_OnAnyEndpointOrPage()
    {
        using var reader = _archive.App.Factory.CreateClientAs("reader");
        foreach (var path in _archive.HiddenPaths())
        {
            using var response = await reader.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}, expected 404");
            // The reply names only what was asked for, as it would for an id that does not exist.
            AssertNoSecrets(path, await response.Content.ReadAsStringAsync());
        }

        foreach (var path in _archive.SharedPaths())
        {
            AssertNoSecrets(path, await BodyAsync(reader, path));
        }
    }

    [Fact]
    public async Task Ingester_BatchReports_NameNoRestrictedDocument_WhileAnAdminsDo()
    {
        using var ingester = _archive.App.Factory.CreateClientAs("ingester");
        using var admin = _archive.App.Factory.CreateClient();

        foreach (var path in _archive.BatchPaths())
        {
            AssertNoSecrets(path, await BodyAsync(ingester, path));
        }

        Assert.Contains(_archive.PartTwoDocument, await BodyAsync(admin, _archive.BatchPaths().First()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_SearchForAWordOnlyInRestrictedRecords_HasNoHitsTotalOrFacetCount()
    {
        using var reader = _archive.App.Factory.CreateClientAs("reader");

        var json = await reader.GetStringAsync(new Uri($"/api/search?q={RestrictedArchive.Word}", UriKind.Relative));
        var results = System.Text.Json.JsonSerializer.Deserialize(json, ArchiveJsonContext.Default.SearchResponseDto);

        Assert.True(results!.Total == 0, json);
        Assert.Empty(results.Hits);
        Assert.All(results.Facets.Values, values => Assert.Empty(values));
    }

    [Fact]
    public async Task Reader_FacetCounts_MatchAPublicOnlyCountOfTheAuditorsHits()
    {
        using var reader = _archive.App.Factory.CreateClientAs("reader");
        using var auditor = _archive.App.Factory.CreateClientAs("auditor");
        const string path = "/api/search?q=hartwell&pageSize=100";

        var seen = (await reader.GetFromJsonAsync<SearchResponseDto>(new Uri(path, UriKind.Relative)))!;
        var everything = (await auditor.GetFromJsonAsync<SearchResponseDto>(new Uri(path, UriKind.Relative)))!;
        var publicHits = everything.Hits.Where(h => !_archive.RestrictedDocuments.Contains(h.DocumentId)).ToList();

        Assert.Equal(publicHits.Count, seen.Total);
        Assert.True(everything.Total > seen.Total, "the auditor should see the restricted documents too");
        Assert.Equal(
            publicHits.Where(h => h.Ccg is not null).GroupBy(h => h.Ccg!).ToDictionary(g => g.Key, g => g.Count()),
            seen.Facets["ccg"].ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(
            publicHits.Where(h => h.DocumentType is not null).GroupBy(h => h.DocumentType!).ToDictionary(g => g.Key, g => g.Count()),
            seen.Facets["type"].ToDictionary(f => f.Value, f => f.Count));
        var outcomes = new List<string>();
        foreach (var hit in publicHits)
        {
            var document = await _archive.App.Factory.CreateApiAs("auditor").GetDocumentAsync(hit.DocumentId);
            outcomes.AddRange(document.Decisions.Where(d => d.InArchive).Select(d => d.Outcome).Distinct());
        }

        Assert.Equal(
            outcomes.GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count()),
            seen.Facets["outcome"].ToDictionary(f => f.Value, f => f.Count));
    }

    [Fact]
    public async Task Reader_FilteringByAnOutcomeOnlyRestrictedRecordsHave_FindsNothing()
    {
        using var reader = _archive.App.Factory.CreateClientAs("reader");
        using var auditor = _archive.App.Factory.CreateClientAs("auditor");
        const string path = "/api/search?q=hartwell&outcome=ratified";

        var seen = (await reader.GetFromJsonAsync<SearchResponseDto>(new Uri(path, UriKind.Relative)))!;
        var everything = (await auditor.GetFromJsonAsync<SearchResponseDto>(new Uri(path, UriKind.Relative)))!;

        Assert.Equal(0, seen.Total);
        Assert.All(seen.Facets.Values, values => Assert.Empty(values));
        Assert.Contains(everything.Hits, h => h.DocumentId == _archive.PartTwoDocument);
    }

    [Fact]
    public async Task Reader_LineageOfAPublicDecision_LinkedToARestrictedOne_ShowsNeitherItNorItsLinks()
    {
        var lineage = await _archive.App.Factory.CreateApiAs("reader").GetLineageAsync(_archive.CommitteeDecision);

        Assert.Equal([_archive.CommitteeDecision], lineage.Nodes.Select(n => n.DecisionId));
        Assert.Empty(lineage.Edges);
        var later = await _archive.App.Factory.CreateApiAs("reader").GetLineageAsync(_archive.LaterDecision);
        Assert.Equal([_archive.LaterDecision], later.Nodes.Select(n => n.DecisionId));
    }

    [Fact]
    public async Task Ingester_UploadingTheBytesOfARestrictedDocument_IsAnsweredAsANewUpload()
    {
        // An ingester sees public records only; an admin sees every record.
        using var ingester = _archive.App.Factory.CreateClientAs("ingester");
        using var admin = _archive.App.Factory.CreateClient();

        using var asIngester = await UploadAsync(ingester, _archive.PolicyBytes, null);
        using var asAuditor = await UploadAsync(admin, _archive.PolicyBytes, null);

        Assert.Equal(HttpStatusCode.Accepted, asIngester.StatusCode);
        Assert.Equal("pending", (await asIngester.Content.ReadFromJsonAsync<UploadResultDto>())!.Status);
        Assert.Equal(HttpStatusCode.OK, asAuditor.StatusCode);
        Assert.Equal("duplicate", (await asAuditor.Content.ReadFromJsonAsync<UploadResultDto>())!.Status);
    }

    [Fact]
    public async Task Auditor_SeesEveryRestrictedRecord()
    {
        using var auditor = _archive.App.Factory.CreateClientAs("auditor");
        foreach (var path in _archive.HiddenPaths())
        {
            using var response = await auditor.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
        }

        var bodies = new List<string>();
        foreach (var path in _archive.SharedPaths())
        {
            bodies.Add(await BodyAsync(auditor, path));
        }

        var all = string.Join('\n', bodies);
        foreach (var secret in _archive.Secrets)
        {
            Assert.Contains(secret, all, StringComparison.OrdinalIgnoreCase);
        }

        var lineage = await _archive.App.Factory.CreateApiAs("auditor").GetLineageAsync(_archive.CommitteeDecision);
        Assert.Contains(lineage.Nodes, n => n.DecisionId == _archive.PartTwoDecision);
        Assert.Contains(lineage.Nodes, n => n.DecisionId == _archive.LaterDecision);
    }

    [Fact]
    public async Task Auditor_SeesRestrictedRecordsMarkedSo_InHitsListsAndPages_WhileAReaderSeesNoMark()
    {
        var auditorApi = _archive.App.Factory.CreateApiAs("auditor");
        var hits = (await auditorApi.SearchAsync("hartwell", pageSize: 100)).Hits;
        Assert.Contains(hits, h => h.Sensitivity == "restricted");
        foreach (var hit in hits)
        {
            Assert.Equal((await auditorApi.GetDocumentAsync(hit.DocumentId)).Sensitivity, hit.Sensitivity);
        }

        using var auditor = _archive.App.Factory.CreateClientAs("auditor");
        using var reader = _archive.App.Factory.CreateClientAs("reader");
        foreach (var page in new[] { "/?q=hartwell", "/documents", "/decisions", $"/decisions/{_archive.CommitteeDecision}" })
        {
            Assert.Contains("class=\"restricted-mark\"", await BodyAsync(auditor, page), StringComparison.Ordinal);
            Assert.DoesNotContain("class=\"restricted-mark\"", await BodyAsync(reader, page), StringComparison.Ordinal);
        }

        Assert.All((await _archive.App.Factory.CreateApiAs("reader").SearchAsync("hartwell", pageSize: 100)).Hits, h => Assert.Equal("public", h.Sensitivity));

        // The sensitivity facet and filter: counted and narrowed for auditors, and never a way in for a reader.
        var all = await auditorApi.SearchAsync("hartwell", pageSize: 100);
        var restrictedCount = Assert.Single(all.Facets["sensitivity"], f => f.Value == "restricted").Count;
        var onlyRestricted = await auditorApi.SearchAsync("hartwell", pageSize: 100, sensitivity: "restricted");
        Assert.Equal(restrictedCount, onlyRestricted.Total);
        Assert.All(onlyRestricted.Hits, h => Assert.Equal("restricted", h.Sensitivity));
        var readerApi = _archive.App.Factory.CreateApiAs("reader");
        Assert.Equal(0, (await readerApi.SearchAsync("hartwell", sensitivity: "restricted")).Total);
        Assert.DoesNotContain((await readerApi.SearchAsync("hartwell")).Facets["sensitivity"], f => f.Value == "restricted");
        var invalid = await Assert.ThrowsAsync<Refit.ApiException>(() => auditorApi.SearchAsync("hartwell", sensitivity: "secret"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains(await auditorApi.GetLineageAsync(_archive.CommitteeDecision) is { } lineage ? lineage.Nodes : [], n => n.Sensitivity == "restricted");
        var csv = await BodyAsync(auditor, $"/api/decisions/{_archive.CommitteeDecision}/lineage/export?format=csv");
        Assert.EndsWith(",sensitivity", csv.Split('\n')[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Contains(",restricted", csv, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string? sensitivity)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "file", "Estates security policy.docx");
        if (sensitivity is not null)
        {
            form.Add(new StringContent(sensitivity), "sensitivity");
        }

        return await client.PostAsync(new Uri("/api/documents", UriKind.Relative), form);
    }

    /// <summary>The body of a 200 reply; a zip's entry names and the text of its JSON and CSV entries.</summary>
    private static async Task<string> BodyAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (response.Content.Headers.ContentType?.MediaType != "application/zip")
        {
            return await response.Content.ReadAsStringAsync();
        }

        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var text = new List<string>();
        foreach (var entry in zip.Entries)
        {
            text.Add(entry.FullName);
            if (entry.FullName.EndsWith(".json", StringComparison.Ordinal) || entry.FullName.EndsWith(".csv", StringComparison.Ordinal))
            {
                using var reader = new StreamReader(entry.Open());
                text.Add(await reader.ReadToEndAsync());
            }
        }

        return string.Join('\n', text);
    }

    /// <summary>Fails if the body names a restricted record; what the request itself asked for (an id, a word echoed in the search box) does not count.</summary>
    private void AssertNoSecrets(string path, string body)
    {
        foreach (var secret in _archive.Secrets.Where(s => !path.Contains(s, StringComparison.OrdinalIgnoreCase)))
        {
            Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{path} reveals '{secret}' to a reader:\n{body[..Math.Min(body.Length, 2000)]}");
        }
    }

    /// <summary>The archive loaded once: the three minutes by a bulk batch, the policy uploaded as restricted.</summary>
    public sealed class LoadedArchive : IAsyncLifetime, IDisposable
    {
        private readonly string _input = Path.Combine(Path.GetTempPath(), "ka-restricted-" + Guid.NewGuid().ToString("N"));

        public ArchiveAppFixture App { get; } = new();

        public string BatchId { get; private set; } = string.Empty;

        public string PartTwoDocument { get; private set; } = string.Empty;

        public string PolicyDocument { get; private set; } = string.Empty;

        public string CommitteeDecision { get; private set; } = string.Empty;

        public string CommitteeDocument { get; private set; } = string.Empty;

        public string PartTwoDecision { get; private set; } = string.Empty;

        public string LaterDecision { get; private set; } = string.Empty;

        /// <summary>The policy's bytes as uploaded (a .docx written again differs in its timestamps).</summary>
        public byte[] PolicyBytes { get; } = RestrictedArchive.RestrictedPolicy();

        public HashSet<string> RestrictedDocuments => [PartTwoDocument, PolicyDocument];

        /// <summary>What must never reach a reader: the restricted documents' ids and hashes, the Part 2 decision's id, and the word only they contain.</summary>
        public List<string> Secrets { get; } = [RestrictedArchive.Word];

        public async Task InitializeAsync()
        {
            BatchInput.Write(_input, "committee/PCCC minutes May 2018.pdf", RestrictedArchive.CommitteeMinutes());
            BatchInput.Write(_input, "governing-body/GB minutes June 2018.pdf", RestrictedArchive.PartTwoMinutes());
            BatchInput.Write(_input, "governing-body/GB minutes September 2018.pdf", RestrictedArchive.LaterMinutes());
            var auditor = App.Factory.CreateApiAs("auditor");
            BatchId = (await App.Factory.CreateApi().StartBatchAsync(new IngestBatchRequestDto(_input, BatchInput.Source))).BatchId;
            var batch = await Eventually.GetAsync(
                async () => await App.Factory.CreateApi().GetBatchAsync(BatchId) is { State: "completed" } done ? done : null, TimeSpan.FromSeconds(90), "the batch");
            PartTwoDocument = batch.Files.Single(f => f.Path.EndsWith("June 2018.pdf", StringComparison.Ordinal)).DocumentId!;

            using var client = App.Factory.CreateClient();
            using var upload = await UploadAsync(client, PolicyBytes, "restricted");
            PolicyDocument = (await upload.Content.ReadFromJsonAsync<UploadResultDto>())!.DocumentId;
            await Eventually.GetAsync(async () => (await auditor.GetDocumentAsync(PolicyDocument)).Status == "indexed" ? "indexed" : null, what: "the policy");

            var committee = (await auditor.ListDecisionsAsync(reference: RestrictedArchive.CommitteeReference)).Items.Single();
            CommitteeDecision = committee.DecisionId;
            CommitteeDocument = committee.DocumentId;
            var partTwo = (await auditor.ListDecisionsAsync(reference: RestrictedArchive.PartTwoReference)).Items;
            PartTwoDecision = partTwo.Single(d => d.Outcome == "ratified").DecisionId;
            LaterDecision = (await auditor.ListDecisionsAsync(reference: RestrictedArchive.LaterReference)).Items.Single().DecisionId;
            await Eventually.GetAsync(async () => (await auditor.GetLineageAsync(CommitteeDecision)).Nodes.Count >= 3 ? "linked" : null, what: "the lineage through the Part 2 decision");

            foreach (var document in RestrictedDocuments)
            {
                var record = await auditor.GetDocumentAsync(document);
                Assert.Equal("restricted", record.Sensitivity);
                Secrets.AddRange([document, record.Sha256]);
            }

            Secrets.AddRange(partTwo.Select(d => d.DecisionId));
        }

        /// <summary>Addresses of restricted records themselves: 404 to a reader.</summary>
        public IEnumerable<string> HiddenPaths()
        {
            foreach (var document in RestrictedDocuments)
            {
                yield return $"/api/documents/{document}";
                yield return $"/api/documents/{document}/file";
                yield return $"/api/documents/{document}/pages/1";
                yield return $"/api/documents/{document}/similar";
                yield return $"/documents/{document}";
            }

            yield return $"/api/decisions/{PartTwoDecision}";
            yield return $"/api/decisions/{PartTwoDecision}/lineage";
            yield return $"/api/decisions/{PartTwoDecision}/lineage/export?format=json";
            yield return $"/decisions/{PartTwoDecision}";
        }

        /// <summary>Addresses everyone may read, whose replies must not mention restricted records to a reader.</summary>
        public IEnumerable<string> SharedPaths() =>
        [
            $"/api/search?q={RestrictedArchive.Word}",
            "/api/search?q=hartwell&pageSize=100",
            "/api/search?q=governing+body+minutes&sort=date",
            "/api/search?q=hartwell&pageSize=100&decisions=true",
            "/api/search?q=hartwell&outcome=ratified&decisions=true",
            "/api/search?outcome=noted&pageSize=100",
            $"/api/search?q={RestrictedArchive.Word}&decisions=true",
            $"/api/search?q={Uri.EscapeDataString(RestrictedArchive.Topic)}&decisions=true",
            $"/api/documents/{CommitteeDocument}/similar?count=50",
            $"/documents/{CommitteeDocument}",
            $"/documents/{CommitteeDocument}?q={Uri.EscapeDataString(RestrictedArchive.Topic)}",
            $"/api/documents?pageSize=100",
            $"/api/documents?fileName=GB+minutes+June+2018.pdf",
            $"/api/documents?sha256={Secrets.ElementAtOrDefault(2)}",
            $"/api/decisions?pageSize=100",
            $"/api/decisions?q={RestrictedArchive.Word}",
            $"/api/decisions?reference={RestrictedArchive.PartTwoReference}",
            $"/api/decisions/{CommitteeDecision}/lineage",
            $"/api/decisions/{LaterDecision}/lineage",
            $"/api/decisions/{CommitteeDecision}/lineage/export?format=json",
            $"/api/decisions/{CommitteeDecision}/lineage/export?format=csv",
            $"/api/decisions/{CommitteeDecision}/lineage/export?format=zip",
            $"/api/lineage/trace?q=which+decision+ratified+the+PCCC+decision+on+the+{Uri.EscapeDataString(RestrictedArchive.Topic)}",
            $"/api/lineage/trace?q=history+of+the+{Uri.EscapeDataString(RestrictedArchive.Topic)}+in+Hartwell",
            "/api/lineage/gaps",
            $"/api/in-force?subject={Uri.EscapeDataString(RestrictedArchive.PolicySubject)}&area=Hartwell&date=2019-01-01",
            $"/?q={RestrictedArchive.Word}",
            "/?q=hartwell",
            "/?q=hartwell&outcome=ratified",
            "/documents",
            "/decisions",
            $"/decisions?q={RestrictedArchive.Word}",
            $"/decisions/{CommitteeDecision}",
            $"/lineage/trace?q=which+decision+ratified+the+PCCC+decision+on+the+{Uri.EscapeDataString(RestrictedArchive.Topic)}",
            "/lineage/gaps",
        ];

        /// <summary>Batch reports, open to ingesters (who see public records only) and admins.</summary>
        public IEnumerable<string> BatchPaths() =>
        [
            $"/api/ingest/batches/{BatchId}",
            $"/api/ingest/batches/{BatchId}/report.csv",
            $"/ingest/{BatchId}",
        ];

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose()
        {
            App.Dispose();
            try
            {
                Directory.Delete(_input, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }
}
