using KnowledgeArchive.Catalog;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Ingestion.Tests;

public sealed class RecoveryTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "ka-recover-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task DocumentLeftPendingByACrash_IsProcessedAtTheNextStart()
    {
        // What a crash after storing the original, before extraction, leaves behind.
        var paths = new ArchivePaths(new ArchiveOptions { DataDirectory = _data });
        paths.EnsureCreated();
        var bytes = new PdfDocumentWriter().ToBytes(new DocumentSpec("Estates", [PageSpec.Of(new ParagraphBlock("Estates strategy for primary care premises."))]));
        var stored = await new FileSystemOriginalStore(paths).SaveAsync(new MemoryStream(bytes), CancellationToken.None);
        var catalog = new SqliteDocumentCatalog(new CatalogDatabase(paths));
        await catalog.TryAddAsync(new DocumentRecord
        {
            DocumentId = DocumentIds.FromSha256(stored.Sha256),
            Sha256 = stored.Sha256,
            FileName = "estates.pdf",
            Format = FileFormat.Unknown,
            SizeBytes = stored.SizeBytes,
            IngestedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);

        await using var archive = await ArchiveHost.StartAsync(_data);
        var record = await archive.WaitForFileAsync("estates.pdf");

        Assert.Equal(DocumentStatus.Indexed, record.Status);
        Assert.Single(archive.Index.Search(new SearchQuery { Text = "premises" }).Hits);
    }

    [Fact]
    public async Task LostIndex_IsRebuiltFromTheCatalogAtStart()
    {
        await using (var archive = await ArchiveHost.StartAsync(_data))
        {
            await File.WriteAllBytesAsync(
                Path.Combine(archive.Paths.InboxDirectory, "ifr.docx"),
                new DocxDocumentWriter().ToBytes(new DocumentSpec("IFR", [PageSpec.Of(new ParagraphBlock("Individual funding request panel."))])));
            await archive.WaitForFileAsync("ifr.docx");
        }

        Directory.Delete(Path.Combine(_data, "index"), recursive: true);

        await using var restarted = await ArchiveHost.StartAsync(_data);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (restarted.Index.Search(new SearchQuery { Text = "funding panel" }).Total == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, restarted.Index.Search(new SearchQuery { Text = "funding panel" }).Total);
    }

    [Fact]
    public async Task IndexOfAnEarlierLayout_IsRebuiltFromTheCatalog_WithTheOutcomesOfItsDecisions()
    {
        await using (var archive = await ArchiveHost.StartAsync(_data))
        {
            await File.WriteAllBytesAsync(
                Path.Combine(archive.Paths.InboxDirectory, "gb-estates.pdf"),
                new PdfDocumentWriter().ToBytes(new DocumentSpec("GB", [
                    PageSpec.Of(
                        new HeadingBlock("Minutes of the Governing Body meeting held in public on 5 May 2020", 0),
                        new HeadingBlock("GB20/011 Estates Strategy", 2),
                        new ParagraphBlock("RESOLVED: The Governing Body DEFERRED the estates strategy.")),
                    PageSpec.Of(new ParagraphBlock("Premises survey of the branch surgeries.")),
                ])));
            await archive.WaitForFileAsync("gb-estates.pdf");
        }

        // Layout 4 had no document outcomes: such an index is cleared and every document indexed again from the catalog.
        await File.WriteAllTextAsync(Path.Combine(_data, "index", "knowledgearchive-index.version"), "4");

        await using var restarted = await ArchiveHost.StartAsync(_data);
        Assert.True(Assert.IsType<KnowledgeArchive.Indexing.LuceneSearchIndex>(restarted.Index).RebuildRequired);
        var query = new SearchQuery { Text = "premises survey", Outcome = "deferred" };
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (restarted.Index.Search(query).Total == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var results = restarted.Index.Search(query);
        Assert.Equal(1, results.Total);
        Assert.Equal([new FacetValue("deferred", 1)], results.Facets["outcome"]);
    }

    [Fact]
    public async Task DocumentProcessedByAnOlderVersion_IsProcessedAgainFromItsOriginalAtStart()
    {
        string documentId;
        await using (var archive = await ArchiveHost.StartAsync(_data))
        {
            await File.WriteAllBytesAsync(
                Path.Combine(archive.Paths.InboxDirectory, "gb.pdf"),
                new PdfDocumentWriter().ToBytes(new DocumentSpec("GB", [PageSpec.Of(
                    new HeadingBlock("Minutes of the Governing Body meeting held in public on 5 May 2020", 0),
                    new HeadingBlock("GB20/011 Estates Strategy", 2),
                    new ParagraphBlock("RESOLVED: The Governing Body APPROVED the estates strategy."))])));
            documentId = (await archive.WaitForFileAsync("gb.pdf")).DocumentId;
        }

        // What an older build leaves: its own version stamp and nothing enriched.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data, "catalog.db")};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE documents SET extractor_version = 'ka-extract/0', document_type = 'other', body = NULL; DELETE FROM decisions;";
            await command.ExecuteNonQueryAsync();
        }

        await using var restarted = await ArchiveHost.StartAsync(_data);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        DocumentRecord? record = null;
        while (DateTime.UtcNow < deadline)
        {
            record = await restarted.Catalog.FindAsync(documentId, CancellationToken.None);
            if (record?.ExtractorVersion is { } version && version != "ka-extract/0")
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal(DocumentTypes.Minutes, record?.Metadata.DocumentType);
        Assert.Equal("Governing Body", record?.Metadata.Body);
        Assert.Single(await restarted.Decisions.ForDocumentAsync(documentId, CancellationToken.None));
    }

    [Fact]
    public async Task ImprovingOneExtractor_ReadsAgainOnlyTheDocumentsOfItsFormat()
    {
        string pdfId, textId;
        await using (var archive = await ArchiveHost.StartAsync(_data))
        {
            await File.WriteAllBytesAsync(
                Path.Combine(archive.Paths.InboxDirectory, "gb.pdf"),
                new PdfDocumentWriter().ToBytes(new DocumentSpec("GB", [PageSpec.Of(
                    new HeadingBlock("Minutes of the Governing Body meeting held in public on 5 May 2020", 0),
                    new HeadingBlock("GB20/011 Estates Strategy", 2),
                    new ParagraphBlock("RESOLVED: The Governing Body APPROVED the estates strategy."))])));
            await File.WriteAllTextAsync(
                Path.Combine(archive.Paths.InboxDirectory, "fc.txt"),
                "MINUTES OF THE FINANCE COMMITTEE MEETING HELD ON 12 MAY 2020\n\nFC20/004 Budget\n\nRESOLVED: The Committee APPROVED the revised budget.\n");
            pdfId = (await archive.WaitForFileAsync("gb.pdf")).DocumentId;
            var text = await archive.WaitForFileAsync("fc.txt");
            textId = text.DocumentId;
            Assert.Equal((FileFormat.Text, DocumentTypes.Minutes), (text.Format, text.Metadata.DocumentType));
        }

        // As an upgrade that improves only the PDF extractor finds them: the PDF read by an older PDF extractor, the
        // text file by the current text extractor (both with what they read wiped, to see which is read again).
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data, "catalog.db")};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText =
                "UPDATE documents SET extractor_version = replace(extractor_version, ' pdf/', ' pdf/old-') WHERE format = 'pdf';" +
                "UPDATE documents SET document_type = 'other', body = NULL;";
            await command.ExecuteNonQueryAsync();
        }

        await using var restarted = await ArchiveHost.StartAsync(_data);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        DocumentRecord? pdf = null;
        while (DateTime.UtcNow < deadline)
        {
            pdf = await restarted.Catalog.FindAsync(pdfId, CancellationToken.None);
            if (pdf?.ExtractorVersion?.Contains(" pdf/old-", StringComparison.Ordinal) == false)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal(DocumentTypes.Minutes, pdf?.Metadata.DocumentType);
        Assert.DoesNotContain(textId, await restarted.Catalog.ListProcessedByOtherVersionsAsync(restarted.Processor.CurrentVersion, CancellationToken.None));
        var untouched = await restarted.Catalog.FindAsync(textId, CancellationToken.None);
        Assert.Equal(DocumentTypes.Other, untouched?.Metadata.DocumentType);
    }
}
