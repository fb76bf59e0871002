using KnowledgeArchive.Catalog;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Ingestion.Tests.Scope;

/// <summary>
/// The catalog's reads with a scope, on a real SQLite file: public minutes (decision A), Part 2 minutes (decision R,
/// restricted) ratifying A, and public minutes (decision B) that act on R. A reader sees A and B but never R, nor
/// a link through it or whose evidence is the Part 2 minutes.
/// </summary>
public sealed class ScopedCatalogTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ka-scope-" + Guid.NewGuid().ToString("N"));
    private readonly CatalogDatabase _database;

    public ScopedCatalogTests() =>
        _database = new CatalogDatabase(new ArchivePaths(new ArchiveOptions { DataDirectory = _directory }));

    [Fact]
    public async Task Documents_RestrictedOnesAreAbsent_FromListsTotalsAndLookups_ForPublicOnly()
    {
        var catalog = await SeedAsync();

        var reader = await catalog.ListAsync(new DocumentQuery(Scope: RecordScope.PublicOnly), CancellationToken.None);
        var auditor = await catalog.ListAsync(new DocumentQuery(Scope: RecordScope.All), CancellationToken.None);

        Assert.Equal(2, reader.Total);
        Assert.DoesNotContain(reader.Items, d => d.DocumentId == "doc-part2");
        Assert.Equal(3, auditor.Total);
        Assert.Null(await catalog.FindAsync("doc-part2", RecordScope.PublicOnly, CancellationToken.None));
        Assert.NotNull(await catalog.FindAsync("doc-part2", RecordScope.All, CancellationToken.None));
        Assert.NotNull(await catalog.FindAsync("doc-a", RecordScope.PublicOnly, CancellationToken.None));
        Assert.Equal(0, (await catalog.ListAsync(new DocumentQuery(FileName: "doc-part2.pdf"), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task Decisions_OfRestrictedDocuments_AreAbsent_FromSearchTotalsFacetsAndLookups()
    {
        await SeedAsync();
        var decisions = new SqliteDecisionStore(_database);

        var reader = await decisions.SearchAsync(new DecisionQuery { Scope = RecordScope.PublicOnly }, CancellationToken.None);
        var auditor = await decisions.SearchAsync(new DecisionQuery { Scope = RecordScope.All }, CancellationToken.None);

        Assert.Equal(["dec-a", "dec-b"], reader.Items.Select(d => d.DecisionId).Order(StringComparer.Ordinal));
        Assert.Equal(2, reader.Total);
        Assert.Equal(2, reader.Facets["outcome"].Sum(f => f.Count));
        Assert.DoesNotContain(reader.Facets["outcome"], f => f.Value == DecisionOutcomes.Ratified);
        Assert.Equal(3, auditor.Total);
        Assert.Null(await decisions.FindAsync("dec-r", RecordScope.PublicOnly, CancellationToken.None));
        Assert.NotNull(await decisions.FindAsync("dec-r", RecordScope.All, CancellationToken.None));
        Assert.DoesNotContain(await decisions.AllDecisionsAsync(RecordScope.PublicOnly, CancellationToken.None), d => d.DecisionId == "dec-r");
    }

    [Fact]
    public async Task Lineage_WalkNeverPassesThroughARestrictedDecision_NorShowsItsEvidence()
    {
        await SeedAsync();
        var lineage = await GraphAsync();

        var reader = await lineage.WalkAsync("dec-a", 6, RecordScope.PublicOnly, CancellationToken.None);
        var auditor = await lineage.WalkAsync("dec-a", 6, RecordScope.All, CancellationToken.None);

        Assert.Equal(["dec-a"], reader!.Nodes.Select(n => n.DecisionId));
        Assert.Empty(reader.Edges);
        Assert.Equal(["dec-a", "dec-b", "dec-r"], auditor!.Nodes.Select(n => n.DecisionId).Order(StringComparer.Ordinal));
        Assert.Equal(2, auditor.Edges.Count);
        Assert.Null(await lineage.WalkAsync("dec-r", 6, RecordScope.PublicOnly, CancellationToken.None));
        Assert.Null(await lineage.NodeAsync("dec-r", RecordScope.PublicOnly, CancellationToken.None));
        Assert.Empty(await lineage.EdgesOfAsync("dec-b", RecordScope.PublicOnly, CancellationToken.None));
        Assert.DoesNotContain(await lineage.CandidatesAsync(null, null, [], 100, RecordScope.PublicOnly, CancellationToken.None), d => d.DocumentId == "doc-part2");
    }

    [Fact]
    public async Task Lineage_LinkWhoseEvidenceIsRestricted_IsAbsent_EvenBetweenPublicDecisions()
    {
        await SeedAsync();
        var lineage = await GraphAsync(new LineageEdge { From = "dec-b", To = "dec-a", Type = LineageEdgeTypes.References, Method = "reference", EvidenceDocumentId = "doc-part2", EvidenceText = "Part 2 noted", EvidenceSha256 = Sha("doc-part2") });

        Assert.DoesNotContain((await lineage.WalkAsync("dec-a", 2, RecordScope.PublicOnly, CancellationToken.None))!.Edges, e => e.EvidenceDocumentId == "doc-part2");
        Assert.Contains((await lineage.WalkAsync("dec-a", 2, RecordScope.All, CancellationToken.None))!.Edges, e => e.EvidenceDocumentId == "doc-part2");
    }

    [Fact]
    public async Task Gaps_CitationsInRestrictedDocuments_AndRestrictedCandidates_AreAbsent()
    {
        await SeedAsync();
        var lineage = new SqliteLineageStore(_database);
        Citation Cited(string document) => new() { DocumentId = document, Text = "minute GB19/999", Relation = LineageEdgeTypes.References, Method = "reference", CitedReference = "GB19/999" };
        await lineage.ReplaceAsync([], [new UnresolvedCitation(Cited("doc-part2"), []), new UnresolvedCitation(Cited("doc-b"), ["dec-a", "dec-r"])], [], CancellationToken.None);

        var reader = await lineage.UnresolvedAsync(RecordScope.PublicOnly, CancellationToken.None);

        var gap = Assert.Single(reader);
        Assert.Equal(["dec-a"], gap.Candidates);
        Assert.Equal(2, (await lineage.UnresolvedAsync(RecordScope.All, CancellationToken.None)).Count);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private async Task<SqliteLineageStore> GraphAsync(params LineageEdge[] extra)
    {
        var lineage = new SqliteLineageStore(_database);
        LineageEdge Edge(string from, string to, string type, string evidence) =>
            new() { From = from, To = to, Type = type, Method = "reference", EvidenceDocumentId = evidence, EvidenceText = $"{from} {type} {to}", EvidenceSha256 = Sha(evidence) };
        await lineage.ReplaceAsync([Edge("dec-r", "dec-a", LineageEdgeTypes.Ratifies, "doc-part2"), Edge("dec-b", "dec-r", LineageEdgeTypes.Supersedes, "doc-b"), .. extra], [], [], CancellationToken.None);
        return lineage;
    }

    private async Task<SqliteDocumentCatalog> SeedAsync()
    {
        var catalog = new SqliteDocumentCatalog(_database);
        await SaveAsync(catalog, "doc-a", Sensitivities.Public, "dec-a", DecisionOutcomes.Approved, new DateOnly(2018, 5, 8));
        await SaveAsync(catalog, "doc-part2", Sensitivities.Restricted, "dec-r", DecisionOutcomes.Ratified, new DateOnly(2018, 6, 12));
        await SaveAsync(catalog, "doc-b", Sensitivities.Public, "dec-b", DecisionOutcomes.Approved, new DateOnly(2019, 1, 10));
        return catalog;
    }

    private static async Task SaveAsync(SqliteDocumentCatalog catalog, string id, string sensitivity, string decisionId, string outcome, DateOnly date)
    {
        var metadata = new DocumentMetadata { DocumentType = DocumentTypes.Minutes, Ccg = "NHS Hartwell CCG", Date = date, Sensitivity = sensitivity };
        var record = new DocumentRecord
        {
            DocumentId = id,
            Sha256 = Sha(id),
            FileName = id + ".pdf",
            Format = FileFormat.Pdf,
            SizeBytes = 100,
            IngestedAt = DateTimeOffset.UnixEpoch.AddDays(date.DayNumber % 1000),
            Status = DocumentStatus.Indexed,
            Title = id,
            PageCount = 1,
            Metadata = metadata,
        };
        var decision = new Decision { DecisionId = decisionId, DocumentId = id, Outcome = outcome, Text = $"{decisionId} {outcome}", Date = date, Ccg = metadata.Ccg, Body = "Governing Body" };
        await catalog.SaveAsync(record, [new PageText(1, decision.Text)], new EnrichmentResult(metadata, null, [decision], [], []), CancellationToken.None);
    }

    private static string Sha(string id) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)));
}
