using System.Net;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Api;

/// <summary>The embedded default says which catalog sequence its searches reflect, and answers "at least N".</summary>
public sealed class CatalogSequenceTests : IDisposable
{
    private readonly ArchiveAppFactory _factory = new(new Dictionary<string, string> { ["Archive:MinSequenceWait"] = "00:00:00.500" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Search_AfterADocumentIsIndexed_ReflectsTheCatalogsLatestSequence_InBodyAndHeader()
    {
        Directory.CreateDirectory(_factory.InboxDirectory);
        await File.WriteAllBytesAsync(Path.Combine(_factory.InboxDirectory, "Sequence minutes.pdf"), SampleFiles.Pdf("Governing Body minutes", "The hydrotherapy pool contract was approved."));
        var api = _factory.CreateApi();
        await Eventually.GetAsync(async () => (await api.SearchAsync("hydrotherapy")).Hits.FirstOrDefault(), what: "the minutes to be found");

        var health = await api.GetHealthAsync();
        var search = await api.SearchAsync("hydrotherapy", minSequence: health.CatalogLatest);
        using var raw = await _factory.CreateClient().GetAsync(new Uri($"/api/search?q=hydrotherapy&minSequence={health.CatalogLatest}", UriKind.Relative));

        Assert.True(health.CatalogLatest >= 1);
        Assert.Equal(health.CatalogLatest, health.CatalogSequence);
        Assert.Equal("All", health.Role);
        Assert.Equal(health.CatalogLatest, search.CatalogSequence);
        Assert.Single(search.Hits);
        Assert.Equal(health.CatalogLatest.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(raw.Headers.GetValues("X-Catalog-Sequence")));
        ContractSchemas.AssertValid("search-response.schema.json", await raw.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_AskingForASequenceNotYetReached_Is503WithRetryAfter_AndSaysWhereTheIndexIs()
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri("/api/search?q=anything&minSequence=1000000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("asked for at least 1000000", problem, StringComparison.Ordinal);
        Assert.Contains("try again", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithAMinSequenceThatIsNotANumber_Is400SayingWhatItMustBe()
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri("/api/search?q=anything&minSequence=soon", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'minSequence' must be a catalog sequence", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void SearchRole_OnTheEmbeddedCatalog_RefusesToStart_SayingToShareACatalog()
    {
        var error = Assert.ThrowsAny<Exception>(() => new ArchiveAppFactory(new Dictionary<string, string> { ["Archive:Role"] = "Search" }).Dispose());

        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("Archive:Catalog:Provider=PostgreSql", messages, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error;
        }
    }
}
