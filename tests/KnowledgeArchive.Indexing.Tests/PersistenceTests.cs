namespace KnowledgeArchive.Indexing.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly IndexFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task CommittedDocuments_SurviveReopening()
    {
        await _fixture.AddAsync("doc-1", "Minutes", "stroke rehabilitation pathway");

        var reopened = _fixture.Reopen();

        Assert.False(reopened.RebuildRequired);
        Assert.Equal("doc-1", Assert.Single(reopened.Search(new() { Text = "stroke" }).Hits).DocumentId);
    }

    [Fact]
    public async Task IndexOfAnotherLayout_IsClearedAndFlaggedForRebuild()
    {
        await _fixture.AddAsync("doc-1", "Minutes", "stroke rehabilitation pathway");
        await File.WriteAllTextAsync(Path.Combine(_fixture.DataDirectory, "index", "knowledgearchive-index.version"), "0");

        var reopened = _fixture.Reopen();

        Assert.True(reopened.RebuildRequired);
        Assert.Equal(0, reopened.DocumentCount);
        Assert.False(_fixture.Reopen().RebuildRequired);
    }

    [Fact]
    public async Task CatalogSequence_CommittedWithTheDocuments_SurvivesReopening_AndLaterCommitsKeepIt()
    {
        var index = _fixture.Reopen();
        Assert.Equal(0, index.CatalogSequence);

        await index.CommitThroughAsync(42, CancellationToken.None);
        await _fixture.AddAsync("doc-1", "Minutes", "stroke rehabilitation pathway");

        Assert.Equal(42, _fixture.Reopen().CatalogSequence);
    }

    [Fact]
    public async Task CatalogSequence_OfAClearedIndex_IsZero_SoItIsRebuiltFromTheStart()
    {
        await _fixture.Reopen().CommitThroughAsync(42, CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(_fixture.DataDirectory, "index", "knowledgearchive-index.version"), "0");

        Assert.Equal(0, _fixture.Reopen().CatalogSequence);
    }

    [Fact]
    public void SecondWriterOnTheSameIndex_IsRefusedWithAClearMessage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new IndexFixtureSibling(_fixture.DataDirectory).Open());

        Assert.Contains("in use by another", error.Message, StringComparison.Ordinal);
    }

    private sealed class IndexFixtureSibling(string dataDirectory)
    {
        public LuceneSearchIndex Open() => new(
            new Core.Configuration.ArchivePaths(new Core.Configuration.ArchiveOptions { DataDirectory = dataDirectory }),
            Microsoft.Extensions.Options.Options.Create(new Core.Configuration.ArchiveOptions()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<LuceneSearchIndex>.Instance);
    }
}
