using System.Diagnostics;
using System.Net;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Cluster.Tests.Infrastructure;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;
using Xunit.Abstractions;

namespace KnowledgeArchive.Cluster.Tests;

/// <summary>
/// The local cluster of <c>deploy/cluster/up.sh</c> (PostgreSQL, RabbitMQ, two workers, an ingest node and a search
/// node, on loopback): documents ingested through the ingest node are found on both, a killed web node leaves the
/// other answering, and a search node that joins late catches up by itself.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class ClusterTests(ITestOutputHelper output)
{
    private static readonly TimeSpan BatchTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Cluster_IngestsThroughTheIngestNode_AndBothWebNodesFindTheDocuments()
    {
        await using var cluster = await LocalCluster.StartAsync();
        try
        {
            var sequence = await IngestAsync(cluster, "otolaryngology", 4);

            foreach (var node in new[] { 1, 2 })
            {
                var found = await cluster.Api(node).SearchAsync("otolaryngology", minSequence: sequence);
                Assert.Equal(4, found.Total);
                Assert.True(found.CatalogSequence >= sequence, $"web-{node} answered at sequence {found.CatalogSequence}, below {sequence}");
            }

            var refused = await Assert.ThrowsAsync<ApiException>(() => cluster.Api(2).UploadBatchAsync(
                new StreamPart(new MemoryStream(ClusterDocuments.Zip("refused", 1)), "refused.zip", "application/zip"), "shared-drive"));
            Assert.Equal(HttpStatusCode.MisdirectedRequest, refused.StatusCode);
            Assert.Contains("ingest node", refused.Content, StringComparison.Ordinal);
            Assert.Equal("Search", (await cluster.Api(2).GetHealthAsync()).Role);
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException(cluster.Logs(), ex);
        }
    }

    [Fact]
    [Trait("Category", "Fault")]
    public async Task Cluster_AWebNodeKilled_TheOtherKeepsAnswering_BothWays()
    {
        await using var cluster = await LocalCluster.StartAsync();
        var sequence = await IngestAsync(cluster, "audiology", 3);
        Assert.Equal(3, (await cluster.Api(2).SearchAsync("audiology", minSequence: sequence)).Total);

        await cluster.KillAsync("web-2");
        Assert.Equal(3, (await cluster.Api(1).SearchAsync("audiology")).Total);
        Assert.Equal("healthy", (await cluster.Api(1).GetHealthAsync()).Status);

        // Started again on its data, the search node resumes from the sequence its index reached.
        await cluster.UpAsync();
        Assert.Equal(3, (await cluster.Api(2).SearchAsync("audiology", minSequence: sequence)).Total);

        await cluster.KillAsync("web-1");
        Assert.Equal(3, (await cluster.Api(2).SearchAsync("audiology", minSequence: sequence)).Total);
        Assert.Equal("healthy", (await cluster.Api(2).GetHealthAsync()).Status);
    }

    [Fact]
    public async Task SearchNode_StartedLateWithAnEmptyDataDirectory_CatchesUpByItself()
    {
        const int Documents = 40;
        await using var cluster = await LocalCluster.StartAsync();
        var sequence = await IngestAsync(cluster, "rheumatology", Documents);
        var data = Path.Combine(Path.GetTempPath(), "ka-late-" + Guid.NewGuid().ToString("N")[..12]);
        var started = Stopwatch.StartNew();
        var late = await ServiceProcess.StartAsync(
            data, "--Archive:Role", "Search", "--Archive:Catalog:Provider", "PostgreSql", "--Archive:Catalog:ConnectionString", cluster.CatalogConnectionString);
        try
        {
            var api = late.CreateApi();
            var caughtUp = await Eventually.GetAsync(
                async () => await api.GetHealthAsync() is { } h && h.CatalogSequence >= sequence ? h : null, TimeSpan.FromMinutes(2), "the late node to catch up");
            output.WriteLine($"A search node started late caught up with {Documents} documents (sequence {sequence}) {started.Elapsed.TotalSeconds:F1} s after it was started.");

            Assert.Equal(Documents, caughtUp.IndexedDocuments);
            Assert.Equal(Documents, (await api.SearchAsync("rheumatology", minSequence: sequence)).Total);
        }
        finally
        {
            await late.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Ingests a batch of generated minutes through web-1; returns the catalog sequence to search for.</summary>
    private static async Task<long> IngestAsync(LocalCluster cluster, string word, int count)
    {
        var api = cluster.Api(1);
        var batch = await api.UploadBatchAsync(new StreamPart(new MemoryStream(ClusterDocuments.Zip(word, count)), word + ".zip", "application/zip"), "shared-drive");
        var done = await Eventually.GetAsync(
            async () => await api.GetBatchAsync(batch.BatchId, files: false) is { State: "completed" } b ? b : null, BatchTimeout, $"the {word} batch to complete");
        Assert.Equal(count, done.Counts.Indexed);
        Assert.True(done.CatalogSequence >= count);
        return done.CatalogSequence;
    }
}
