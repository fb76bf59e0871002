using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Indexing.Synonyms;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Indexing.Tests;

/// <summary>A real Lucene index on disk in a temporary data directory.</summary>
public sealed class IndexFixture : IDisposable
{
    private readonly SynonymList? synonyms;
    private readonly QuestionWords? questionWords;
    private readonly ArchiveOptions options = new();

    /// <param name="searchCacheEntries">The bound of the search cache (0 turns it off); the product's default when null.</param>
    public IndexFixture(SynonymList? synonyms = null, int? searchCacheEntries = null, QuestionWords? questionWords = null)
    {
        this.synonyms = synonyms;
        this.questionWords = questionWords;
        options.SearchCacheEntries = searchCacheEntries ?? options.SearchCacheEntries;
        DataDirectory = Path.Combine(Path.GetTempPath(), "ka-index-" + Guid.NewGuid().ToString("N"));
        Index = Open();
    }

    public string DataDirectory { get; }

    public LuceneSearchIndex Index { get; private set; }

    public LuceneSearchIndex Reopen()
    {
        Index.Dispose();
        Index = Open();
        return Index;
    }

    public async Task AddAsync(string id, string title, params string[] pages) =>
        await AddAsync(id, title, DocumentMetadata.Unknown, pages);

    public async Task AddAsync(string id, string title, DocumentMetadata metadata, params string[] pages) =>
        await AddAsync(id, title, metadata, [], null, pages);

    public async Task AddAsync(string id, string title, DocumentMetadata metadata, IReadOnlyList<Decision> decisions, string? policyReference, params string[] pages)
    {
        await Index.IndexAsync(Document(id, title, metadata, decisions, policyReference, pages), CancellationToken.None);
        await Index.CommitAsync(CancellationToken.None);
    }

    /// <summary>A document as ingest hands it to the index.</summary>
    public static IndexedDocument Document(string id, string title, DocumentMetadata metadata, IReadOnlyList<Decision> decisions, string? policyReference, params string[] pages)
    {
        var record = new DocumentRecord
        {
            DocumentId = id,
            Sha256 = new string('a', 64),
            FileName = id + ".pdf",
            Format = FileFormat.Pdf,
            SizeBytes = 1000,
            IngestedAt = DateTimeOffset.UnixEpoch,
            Status = DocumentStatus.Indexed,
            Title = title,
            PageCount = pages.Length,
            Metadata = metadata,
        };
        return new IndexedDocument(record, [.. pages.Select((text, i) => new PageText(i + 1, text))]) { Decisions = decisions, PolicyReference = policyReference };
    }

    public SearchResults Search(string text) => Index.Search(new SearchQuery { Text = text });

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private LuceneSearchIndex Open() =>
        new(new ArchivePaths(new ArchiveOptions { DataDirectory = DataDirectory }), Options.Create(options), NullLogger<LuceneSearchIndex>.Instance, synonyms, questionWords);
}
