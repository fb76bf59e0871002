using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Ingestion.Tests;

/// <summary>What the service stores of each decision: how it was read, and how sure the reading is, next to what was read.</summary>
public sealed class DecisionReadingStoredTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ka-reading-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Decisions_KeepTheirLabelConfidenceReasonAndQualifier_InTheCatalog()
    {
        await using var archive = await ArchiveHost.StartAsync(_root);
        var bytes = new PdfDocumentWriter().ToBytes(new DocumentSpec("Minutes", [PageSpec.Of(
            new HeadingBlock("NHS Hartwell CCG", 0),
            new HeadingBlock("Minutes of the Quality Committee meeting held in public on 9 April 2019"),
            new HeadingBlock("7(b) Wheelchair Policy", 2),
            new ParagraphBlock("RESOLVED: The Committee APPROVED the wheelchair policy, subject to ratification by the Governing Body."),
            new HeadingBlock("7(c) Estates Update", 2),
            new ParagraphBlock("Members discussed the estates update."))]));
        await File.WriteAllBytesAsync(Path.Combine(archive.Paths.InboxDirectory, "qc.pdf"), bytes);

        var document = await archive.WaitForFileAsync("qc.pdf");
        var decisions = await archive.Decisions.ForDocumentAsync(document.DocumentId, CancellationToken.None);

        var approval = Assert.Single(decisions, d => d.Outcome == DecisionOutcomes.Approved);
        Assert.Equal(("7(b)", null), (approval.ItemLabel, approval.Reference));
        Assert.Equal(1.0, approval.Confidence);
        Assert.Contains("resolution marker", approval.Reason, StringComparison.Ordinal);
        Assert.Equal("subject to ratification by the Governing Body", approval.Qualifier);
        Assert.False(approval.NeedsReview);
        var faint = Assert.Single(decisions, d => d.Outcome == DecisionOutcomes.Noted);
        Assert.True(faint.NeedsReview);
        Assert.True(faint.Confidence < approval.Confidence);
        Assert.Contains("discussed", faint.Reason, StringComparison.Ordinal);
    }
}
