using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Security;

/// <summary>What the audit log records of searches, decision and lineage views, exports and inbox drops, read back through the API.</summary>
public sealed class AuditCoverageTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public AuditCoverageTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Searches_AreRecordedWithTheirWordsFiltersAndActor()
    {
        var reader = _app.Factory.CreateApiAs("reader");
        await reader.SearchAsync("audiology", ccg: "NHS Hartwell CCG", outcome: "approved", page: 2);
        await reader.ListDecisionsAsync(reference: "GB18/099");

        var entries = await ListAsync();
        var readerKey = Assert.Single((await _app.Factory.CreateApi().ListKeysAsync()).Items, k => k.Name == "test reader").KeyId;
        var search = Assert.Single(entries, e => e.Action == "search" && e.Detail!.StartsWith("q=audiology", StringComparison.Ordinal));
        Assert.Equal("q=audiology; ccg=NHS Hartwell CCG; outcome=approved", search.Detail);
        Assert.Equal(readerKey, search.Actor);
        Assert.Equal("reader", search.Role);

        // A decision search by its filters alone is a search too.
        var byReference = Assert.Single(entries, e => e.Action == "decision.search" && e.Detail == "reference=GB18/099");
        Assert.Equal(readerKey, byReference.Actor);
    }

    [Fact]
    public async Task DecisionAndLineageViewsAndExports_AreRecordedWithTheDecision()
    {
        var auditor = _app.Factory.CreateApiAs("auditor");
        await Uploads.SettledAsync(_app, SampleMinutes.Pdf("hydrotherapy service"), "GB minutes hydrotherapy.pdf", "indexed");
        var decision = Assert.Single((await auditor.ListDecisionsAsync(q: "hydrotherapy")).Items);

        await auditor.GetDecisionAsync(decision.DecisionId);
        await auditor.GetLineageAsync(decision.DecisionId, depth: 3);
        using (var csv = await auditor.ExportLineageAsync(decision.DecisionId, "csv", "Internal audit 2023/14"))
        {
            Assert.True(csv.IsSuccessStatusCode);
        }

        using (var gaps = await auditor.ExportLineageGapsAsync())
        {
            Assert.True(gaps.IsSuccessStatusCode);
        }

        var entries = await ListAsync();
        var auditorKey = Assert.Single((await _app.Factory.CreateApi().ListKeysAsync()).Items, k => k.Name == "test auditor").KeyId;
        var view = Assert.Single(entries, e => e.Action == "decision.view" && e.Target == decision.DecisionId);
        Assert.Equal(auditorKey, view.Actor);
        var lineage = Assert.Single(entries, e => e.Action == "lineage.view" && e.Target == decision.DecisionId);
        Assert.Equal("depth 3", lineage.Detail);
        var export = Assert.Single(entries, e => e.Action == "lineage.export" && e.Target == decision.DecisionId);
        Assert.Equal("format csv; reason: Internal audit 2023/14", export.Detail);
        Assert.Equal(auditorKey, Assert.Single(entries, e => e.Action == "lineage.gaps.export").Actor);
    }

    [Fact]
    public async Task InboxDrops_AreRecordedWithTheActorInbox_AndTheFileTheyCameFrom()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_app.Factory.InboxDirectory, "north-marsh"));
        await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "dropped minutes.pdf"), SampleFiles.Pdf("Dropped", "Wheelchair service specification."));

        var drop = await Eventually.GetAsync(
            async () => (await _app.Factory.CreateApi().ListAuditAsync(actor: "inbox")).Items.FirstOrDefault(e => e.Detail!.StartsWith("north-marsh/dropped minutes.pdf", StringComparison.Ordinal)),
            what: "the inbox drop in the audit log");

        Assert.Equal("inbox.drop", drop.Action);
        Assert.Equal("north-marsh/dropped minutes.pdf: pending", drop.Detail);
        Assert.Null(drop.Role);
        await _app.WaitForStatusAsync(drop.Target!, "indexed");
        Assert.Equal("dropped minutes.pdf", (await _app.Factory.CreateApi().GetDocumentAsync(drop.Target!)).FileName);
        Assert.True((await _app.Factory.CreateApi().VerifyAuditAsync()).Ok);
    }

    private async Task<IReadOnlyList<AuditEntryDto>> ListAsync() =>
        (await _app.Factory.CreateApiAs("auditor").ListAuditAsync(limit: 1000)).Items;
}
