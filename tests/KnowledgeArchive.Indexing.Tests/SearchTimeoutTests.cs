using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Indexing.Tests;

/// <summary>A search or "more like this" that runs longer than the archive allows stops with a message, on a real index.</summary>
public sealed class SearchTimeoutTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ka-timeout-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Search_OverTheLimit_Throws_WithAMessageSayingHowToNarrowIt()
    {
        using var index = await OpenWithDocumentsAsync(TimeSpan.FromTicks(1));

        var ex = Assert.Throws<SearchTimeoutException>(() => index.Search(new SearchQuery { Text = "audiology" }));

        Assert.Contains("took longer than", ex.Message, StringComparison.Ordinal);
        Assert.Contains("narrow", ex.Message, StringComparison.Ordinal);
        Assert.Throws<SearchTimeoutException>(() => index.MoreLikeThis("doc-0", [new PageText(1, Text(0))], 5, RecordScope.All));
    }

    [Fact]
    public async Task Search_WithinTheLimit_Answers()
    {
        using var index = await OpenWithDocumentsAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(40, index.Search(new SearchQuery { Text = "audiology" }).Total);
    }

    private static readonly string[] Topics = ["tinnitus", "cochlear", "otitis", "vertigo", "tympanum", "stapedial", "labyrinth", "meniere", "otoscope", "audiogram"];

    // Each topic word is in a tenth of the documents, twice in each: what "more like this" looks for.
    private static string Text(int i) =>
        $"The audiology service contract {i} was reviewed; {Topics[i % 10]} and {Topics[(i + 1) % 10]} referrals, {Topics[i % 10]} and {Topics[(i + 1) % 10]} waiting times were noted.";

    private async Task<LuceneSearchIndex> OpenWithDocumentsAsync(TimeSpan timeout)
    {
        var index = new LuceneSearchIndex(
            new ArchivePaths(new ArchiveOptions { DataDirectory = _directory }),
            Options.Create(new ArchiveOptions { SearchTimeout = timeout }),
            NullLogger<LuceneSearchIndex>.Instance);
        for (var i = 0; i < 40; i++)
        {
            var record = new DocumentRecord
            {
                DocumentId = $"doc-{i}",
                Sha256 = new string('b', 64),
                FileName = $"doc-{i}.pdf",
                Format = FileFormat.Pdf,
                SizeBytes = 1000,
                IngestedAt = DateTimeOffset.UnixEpoch,
                Status = DocumentStatus.Indexed,
                Title = $"Audiology {i}",
                PageCount = 1,
            };
            await index.IndexAsync(new IndexedDocument(record, [new PageText(1, Text(i))]), CancellationToken.None);
        }

        await index.CommitAsync(CancellationToken.None);
        return index;
    }
}
