using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Ingestion.Tests;

public sealed class InboxIngestTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "ka-ingest-" + Guid.NewGuid().ToString("N"));
    private ArchiveHost _archive = null!;

    public async Task InitializeAsync() => _archive = await ArchiveHost.StartAsync(_data);

    public async Task DisposeAsync()
    {
        await _archive.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task PdfAndDocxDroppedInTheInbox_AreIndexed_AndLeaveTheInbox()
    {
        Directory.CreateDirectory(Path.Combine(_archive.Paths.InboxDirectory, "2019"));
        await File.WriteAllBytesAsync(Path.Combine(_archive.Paths.InboxDirectory, "2019", "gb.pdf"), Pdf("Governing Body minutes", "Opening business.", "The Governing Body approved the stroke pathway."));
        await File.WriteAllBytesAsync(Path.Combine(_archive.Paths.InboxDirectory, "policy.docx"), Docx("Wheelchair Policy", "Eligibility for powered wheelchairs."));

        var pdf = await _archive.WaitForFileAsync("gb.pdf");
        var docx = await _archive.WaitForFileAsync("policy.docx");

        Assert.Equal(DocumentStatus.Indexed, pdf.Status);
        Assert.Equal(FileFormat.Pdf, pdf.Format);
        Assert.Equal(2, pdf.PageCount);
        Assert.Equal(new Provenance("inbox", "2019/gb.pdf"), pdf.Provenance);
        Assert.Equal("Wheelchair Policy", docx.Title);
        Assert.Equal(2, Assert.Single(_archive.Index.Search(new SearchQuery { Text = "stroke pathway" }).Hits).PageNumber);
        Assert.Single(_archive.Index.Search(new SearchQuery { Text = "powered wheelchairs" }).Hits);
        Assert.Empty(Directory.EnumerateFiles(_archive.Paths.InboxDirectory, "*", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(_archive.Paths.OriginalsDirectory, pdf.Sha256[..2], pdf.Sha256[2..4], pdf.Sha256)));
    }

    [Fact]
    public async Task SameBytesTwice_AreOneDocument_AndTheSecondIsReportedAsDuplicate()
    {
        var bytes = Docx("Continuing Healthcare", "Fast track pathway.");

        var first = await _archive.Intake.AcceptAsync(new MemoryStream(bytes), "chc.docx", new Provenance("upload", "chc.docx"), CancellationToken.None);
        var second = await _archive.Intake.AcceptAsync(new MemoryStream(bytes), "chc copy.docx", new Provenance("upload", "chc copy.docx"), CancellationToken.None);

        Assert.Equal(IngestStatus.Pending, first.Status);
        Assert.Equal(IngestStatus.Duplicate, second.Status);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(1, (await _archive.Catalog.ListAsync(new DocumentQuery(), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task BrokenFiles_AreQuarantinedWithReasons_AndTheWorkerCarriesOn()
    {
        var good = Pdf("Audit Committee", "Internal audit plan approved.");
        await File.WriteAllBytesAsync(Path.Combine(_archive.Paths.InboxDirectory, "truncated.pdf"), good[..(good.Length / 3)]);
        await File.WriteAllBytesAsync(Path.Combine(_archive.Paths.InboxDirectory, "empty.docx"), []);
        await File.WriteAllBytesAsync(Path.Combine(_archive.Paths.InboxDirectory, "notes.pdf"), [0xFF, 0x57, 0x50, 0x43, .. "WordPerfect pretending to be a PDF"u8]);
        await File.WriteAllBytesAsync(Path.Combine(_archive.Paths.InboxDirectory, "audit.pdf"), good);

        var truncated = await _archive.WaitForFileAsync("truncated.pdf");
        var empty = await _archive.WaitForFileAsync("empty.docx");
        var notes = await _archive.WaitForFileAsync("notes.pdf");
        var audit = await _archive.WaitForFileAsync("audit.pdf");

        Assert.Equal(DocumentStatus.Quarantined, truncated.Status);
        Assert.Contains(truncated.QuarantineReason!.Code, new[] { QuarantineCodes.Corrupt, QuarantineCodes.Empty });
        Assert.Equal(QuarantineCodes.Empty, empty.QuarantineReason?.Code);
        Assert.Equal(QuarantineCodes.UnsupportedFormat, notes.QuarantineReason?.Code);
        Assert.Equal(DocumentStatus.Indexed, audit.Status);
        Assert.Equal(3, (await _archive.Catalog.ListAsync(new DocumentQuery(Status: DocumentStatus.Quarantined), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task FileStillBeingWritten_IsTakenOnlyOnceItStopsChanging()
    {
        var bytes = Pdf("Safeguarding Annual Report", "Looked after children.", "Child protection plans.", "Adult safeguarding.");
        var path = Path.Combine(_archive.Paths.InboxDirectory, "growing.pdf");
        await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite))
        {
            var chunk = (bytes.Length / 8) + 1;
            for (var offset = 0; offset < bytes.Length; offset += chunk)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(chunk, bytes.Length - offset)));
                await stream.FlushAsync();
                await Task.Delay(150);
            }
        }

        var record = await _archive.WaitForFileAsync("growing.pdf");

        Assert.Equal(DocumentStatus.Indexed, record.Status);
        Assert.Equal(3, record.PageCount);
        Assert.Equal(bytes.Length, record.SizeBytes);
    }

    private static byte[] Pdf(string title, params string[] pages) => new PdfDocumentWriter().ToBytes(Spec(title, pages));

    private static byte[] Docx(string title, params string[] pages) => new DocxDocumentWriter().ToBytes(Spec(title, pages));

    private static DocumentSpec Spec(string title, string[] pages) =>
        new(title, [.. pages.Select((text, i) => i == 0 ? PageSpec.Of(new HeadingBlock(title, 0), new ParagraphBlock(text)) : PageSpec.Of(new ParagraphBlock(text)))]);
}
