using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Ingestion.Tests.Scope;

/// <summary>
/// A paper whose own text never says private, put to a meeting whose Part 2 minutes record its item, through the real
/// pipeline (inbox, extraction, catalog and index on disk): restricted whichever arrives first, with the evidence.
/// </summary>
public sealed class PrivateSessionPaperTests : IDisposable
{
    private const string Subject = "Audiology (hearing aid) service";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ka-private-papers-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task PaperIndexedBeforeThePrivateMinutes_IsRestrictedWhenTheyArrive_WithTheEvidence()
    {
        await using var archive = await ArchiveHost.StartAsync(Path.Combine(_root, "paper-first"));
        var paper = await IngestAsync(archive, "audiology.docx", Paper("9 January 2019"));
        Assert.Equal(Sensitivities.Public, paper.Metadata.Sensitivity);
        Assert.True(Found(archive, RecordScope.PublicOnly, paper.DocumentId));

        var minutes = await IngestAsync(archive, "part2.pdf", Minutes("9 January 2019", isPrivate: true));

        var restricted = await archive.Catalog.FindAsync(paper.DocumentId, CancellationToken.None);
        Assert.Equal(Sensitivities.Restricted, restricted!.Metadata.Sensitivity);
        Assert.Equal(Sessions.Private, restricted.Metadata.Session);
        Assert.Contains("Minute 5/19 Audiology (hearing aid) service", restricted.Metadata.SensitivityBasis, StringComparison.Ordinal);
        Assert.Contains(minutes.DocumentId, restricted.Metadata.SensitivityBasis, StringComparison.Ordinal);
        Assert.Contains(minutes.Sha256, restricted.Metadata.SensitivityBasis, StringComparison.Ordinal);
        Assert.Null(await archive.Catalog.FindAsync(paper.DocumentId, RecordScope.PublicOnly, CancellationToken.None));
        Assert.False(Found(archive, RecordScope.PublicOnly, paper.DocumentId));
        Assert.True(Found(archive, RecordScope.All, paper.DocumentId));
    }

    [Fact]
    public async Task PaperArrivingAfterThePrivateMinutes_IsRestrictedWhenIndexed_NeverShownPublic()
    {
        await using var archive = await ArchiveHost.StartAsync(Path.Combine(_root, "minutes-first"));
        await IngestAsync(archive, "part2.pdf", Minutes("9 January 2019", isPrivate: true));

        var paper = await IngestAsync(archive, "audiology.docx", Paper("9 January 2019"));

        Assert.Equal(Sensitivities.Restricted, paper.Metadata.Sensitivity);
        Assert.NotNull(paper.Metadata.SensitivityBasis);
        Assert.False(Found(archive, RecordScope.PublicOnly, paper.DocumentId));
    }

    [Fact]
    public async Task PaperWhoseItemThePublicMinutesRecordToo_StaysPublic()
    {
        await using var archive = await ArchiveHost.StartAsync(Path.Combine(_root, "both-sessions"));
        await IngestAsync(archive, "part1.pdf", Minutes("9 January 2019", isPrivate: false));
        await IngestAsync(archive, "part2.pdf", Minutes("9 January 2019", isPrivate: true));

        var paper = await IngestAsync(archive, "audiology.docx", Paper("9 January 2019"));

        Assert.Equal(Sensitivities.Public, paper.Metadata.Sensitivity);
        Assert.Null(paper.Metadata.SensitivityBasis);
        Assert.Equal("Audiology (hearing aid) service", paper.Title);
    }

    [Fact]
    public async Task PaperToAnotherMeeting_StaysPublic()
    {
        await using var archive = await ArchiveHost.StartAsync(Path.Combine(_root, "other-meeting"));
        await IngestAsync(archive, "part2.pdf", Minutes("9 January 2019", isPrivate: true));

        var paper = await IngestAsync(archive, "audiology.docx", Paper("13 March 2019"));

        Assert.Equal(Sensitivities.Public, paper.Metadata.Sensitivity);
        Assert.True(Found(archive, RecordScope.PublicOnly, paper.DocumentId));
    }

    [Fact]
    public async Task PaperAndPrivateMinutesInOneBatch_EndRestricted()
    {
        var folder = Path.Combine(_root, "one-batch-input");
        Directory.CreateDirectory(folder);
        await using var archive = await ArchiveHost.StartAsync(Path.Combine(_root, "one-batch"), Batches.BatchFiles.Config(_root));
        await File.WriteAllBytesAsync(Path.Combine(folder, "audiology.docx"), Paper("9 January 2019"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "part2.pdf"), Minutes("9 January 2019", isPrivate: true));

        var batch = await archive.Batches.StartAsync(folder, Batches.BatchFiles.SourceName, CancellationToken.None);
        await archive.WaitForBatchAsync(batch.BatchId);

        var paper = (await archive.Catalog.ListAsync(new Core.Storage.DocumentQuery(FileName: "audiology.docx", Scope: RecordScope.All), CancellationToken.None)).Items.Single();
        Assert.Equal(Sensitivities.Restricted, paper.Metadata.Sensitivity);
        Assert.False(Found(archive, RecordScope.PublicOnly, paper.DocumentId));
    }

    private static async Task<DocumentRecord> IngestAsync(ArchiveHost archive, string fileName, byte[] bytes)
    {
        await File.WriteAllBytesAsync(Path.Combine(archive.Paths.InboxDirectory, fileName), bytes);
        var record = await archive.WaitForFileAsync(fileName);
        Assert.Equal(DocumentStatus.Indexed, record.Status);
        return (await archive.Catalog.FindAsync(record.DocumentId, CancellationToken.None))!;
    }

    private static bool Found(ArchiveHost archive, RecordScope scope, string documentId) =>
        archive.Index.Search(new SearchQuery { Text = "audiology hearing", Scope = scope }).Hits.Any(h => h.DocumentId == documentId);

    private static byte[] Paper(string meetingDate) =>
        new DocxDocumentWriter().ToBytes(new DocumentSpec(
            "DRAFT",
            [PageSpec.Of(
                new HeadingBlock("NHS Hartwell CCG", 0),
                new HeadingBlock("Report to the Governing Body", 1),
                new TableBlock([["Meeting date", meetingDate], ["Agenda item", "5"], ["Report title", Subject], ["Purpose", "For approval"]]),
                new ParagraphBlock("The Governing Body is asked to APPROVE the award of the contract for the audiology (hearing aid) service to Northlight Diagnostics Ltd for 3 years."),
                new ParagraphBlock("The procurement had been advertised on Contracts Finder."))]));

    private static byte[] Minutes(string date, bool isPrivate) =>
        new PdfDocumentWriter().ToBytes(new DocumentSpec(
            "Minutes",
            [PageSpec.Of(
                new HeadingBlock("NHS Hartwell CCG", 0),
                new HeadingBlock(isPrivate ? $"Minutes of the Part 2 (private) Governing Body meeting held in private on {date}" : $"Minutes of the Governing Body meeting held in public on {date}"),
                new HeadingBlock("Minute 4/19 Declarations of Interest", 2),
                new ParagraphBlock("There were no declarations of interest."),
                new HeadingBlock($"Minute 5/19 {Subject}", 2),
                new ParagraphBlock("The Governing Body APPROVED the award of the contract for the audiology (hearing aid) service."))]));
}
