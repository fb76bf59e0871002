using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Generator.Demo;

namespace KnowledgeArchive.Ingestion.Tests;

/// <summary>
/// What an auditor signs: every link of a generated archive quotes the document's own words, found on the page it
/// cites, in the original whose SHA-256 it gives.
/// </summary>
public sealed class VerbatimEvidenceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ka-evidence-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task EveryLinksEvidence_IsTextOfTheCitedPage_OfTheOriginalItHashes()
    {
        await using var archive = await DemoAsync();
        var edges = new Dictionary<(string, string, string), LineageEdge>();
        foreach (var decision in await archive.Decisions.AllDecisionsAsync(RecordScope.All, CancellationToken.None))
        {
            foreach (var edge in await archive.Lineage.EdgesOfAsync(decision.DecisionId, RecordScope.All, CancellationToken.None))
            {
                edges.TryAdd((edge.From, edge.To, edge.Type), edge);
            }
        }

        Assert.True(edges.Count >= 4, $"only {edges.Count} links in the demo archive");
        foreach (var edge in edges.Values)
        {
            var page = await archive.Catalog.GetPageAsync(edge.EvidenceDocumentId, edge.EvidencePage, CancellationToken.None);
            var record = await archive.Catalog.FindAsync(edge.EvidenceDocumentId, CancellationToken.None);
            var link = $"{edge.From} {edge.Type} {edge.To}";
            Assert.True(page is not null && page.Text.Contains(edge.EvidenceText, StringComparison.Ordinal), $"{link}: \"{edge.EvidenceText}\" is not on page {edge.EvidencePage}");
            Assert.Equal(record!.Sha256, edge.EvidenceSha256);
        }
    }

    [Fact]
    public async Task HandoverPaper_AnswersWhichPoliciesTransferred_WithTheRowsItLists()
    {
        await using var archive = await DemoAsync();

        var (question, chain) = await archive.Questions.AnswerAsync("which Hartwell policies transferred to the ICB", RecordScope.All, CancellationToken.None);

        Assert.Equal("Transfer", question.Intent.ToString());
        Assert.Equal(["GB19/023", "GB19/041"], chain.Nodes.Select(n => n.Reference).Order(StringComparer.Ordinal));
        Assert.All(chain.Edges, e => Assert.Equal((LineageEdgeTypes.TransfersTo, "NHS Wessex Downs Integrated Care Board"), (e.Type, LineageNodes.OrganisationName(e.To))));
        Assert.Contains(chain.Edges, e => e.EvidenceText.Contains("(GB19/023)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VersionApprovedInAMonth_IsKnownByThatMonth_NotADay()
    {
        await using var archive = await DemoAsync();

        var approved = (await archive.Decisions.AllDecisionsAsync(RecordScope.All, CancellationToken.None)).First(d => d.Reference == "GB19/023");
        var graph = await archive.Lineage.WalkAsync(approved.DecisionId, 2, RecordScope.All, CancellationToken.None);

        var first = Assert.Single(graph!.Nodes, n => !n.InArchive && n.Date?.Year == 2016);
        Assert.Equal((new DateOnly(2016, 6, 1), true), (first.Date!.Value, first.MonthOnly));
    }

    private async Task<ArchiveHost> DemoAsync()
    {
        var archive = await ArchiveHost.StartAsync(Path.Combine(_root, "data"));
        var files = DemoArchive.WriteTo(Path.Combine(_root, "demo"));
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(archive.Paths.InboxDirectory, Path.GetFileName(file)));
        }

        foreach (var file in files)
        {
            await archive.WaitForFileAsync(Path.GetFileName(file));
        }

        await archive.UpdateLineageAsync();
        return archive;
    }
}
