using System.Net.Http;
using System.Text.RegularExpressions;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Worker.Tests.Infrastructure;

/// <summary>The bulk batches the broker tests ingest, and what every one of them must end with.</summary>
public static partial class BrokerBatches
{
    /// <summary>Workers' lines saying they read a document.</summary>
    [GeneratedRegex(@"Read (doc-[0-9a-f]{20}) ")]
    public static partial Regex ReadLine();

    // A worker killed after storing its result and before its "Read" line reached the log: the job delivered again is
    // answered from that result by another worker, which says so.
    [GeneratedRegex(@"(doc-[0-9a-f]{20}) job \S+ delivered again: answered from its stored result")]
    public static partial Regex AnsweredFromStoredResultLine();

    /// <summary>The service's lines saying it committed a document as indexed.</summary>
    [GeneratedRegex(@"Indexed (doc-[0-9a-f]{20}) ")]
    public static partial Regex IndexedLine();

    /// <summary>
    /// Unique PDFs and .docx files in folders and a zip, plus copies of some: every one a file for the ledger to account
    /// for. Returns their paths in the batch.
    /// </summary>
    public static List<string> WriteInput(string input, int unique, int copies)
    {
        var paths = new List<string>();
        var zipped = new List<(string, byte[])>();
        for (var i = 0; i < unique; i++)
        {
            var text = $"workertest paper {i} about estates number{i}";
            var bytes = i % 3 == 0 ? SampleFiles.Docx($"Worker test {i}", text) : SampleFiles.Pdf($"Worker test {i}", text);
            var name = $"paper-{i:D3}.{(i % 3 == 0 ? "docx" : "pdf")}";
            if (i % 10 == 0)
            {
                zipped.Add(($"zipped/{name}", bytes));
                paths.Add($"bundle.zip!/zipped/{name}");
            }
            else
            {
                BatchInput.Write(input, $"folder-{i % 5}/{name}", bytes);
                paths.Add($"folder-{i % 5}/{name}");
            }

            if (i < copies)
            {
                BatchInput.Write(input, $"copies/{name}", bytes);
                paths.Add($"copies/{name}");
            }
        }

        BatchInput.Write(input, "bundle.zip", BatchInput.Zip([.. zipped]));
        return paths;
    }

    /// <summary>
    /// Waits for the batch to complete, then checks that the ledger, the catalog and the index hold every file once, the
    /// <paramref name="quarantined"/> ones (paths) quarantined and the rest indexed or copies, and that the service
    /// committed each indexed document exactly once. Answers the service gives while its catalog is away are waited out.
    /// </summary>
    public static async Task<IngestBatchDto> AssertEveryFileOnceAsync(
        WorkerCluster cluster, string batchId, List<string> expectedPaths, int unique, int copies, params string[] quarantined)
    {
        var api = cluster.Service.CreateApi();
        var batch = await Eventually.GetAsync(
            async () => await ServedAsync(() => api.GetBatchAsync(batchId)) is { State: "completed" } b ? b : null, TimeSpan.FromSeconds(300), "the batch to complete");

        Assert.Equal(new IngestCountsDto(unique + copies + quarantined.Length, unique, copies, quarantined.Length, 0, 0), batch.Counts);
        Assert.Equal(expectedPaths.Concat(quarantined).Order(StringComparer.Ordinal), batch.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(quarantined.Order(StringComparer.Ordinal), batch.Files.Where(f => f.Status == "quarantined").Select(f => f.Path).Order(StringComparer.Ordinal));
        var documents = batch.Files.Where(f => f.Status == "indexed").Select(f => f.DocumentId!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(unique, documents.Count);
        Assert.Equal(unique, (await api.ListDocumentsAsync(status: "indexed")).Total);
        Assert.Equal(unique, (await api.SearchAsync("workertest", pageSize: 10)).Total);

        // Read by workers (maybe more than once, after a kill), committed by the service exactly once each.
        var committed = IndexedLine().Matches(cluster.Service.Log).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(documents.Order(StringComparer.Ordinal), committed.Order(StringComparer.Ordinal));
        var read = cluster.Workers
            .SelectMany(w => ReadLine().Matches(w.Log).Concat(AnsweredFromStoredResultLine().Matches(w.Log)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Superset(documents, read);
        return batch;
    }

    /// <summary>The service's answer, or null while it cannot give one (its catalog away: a 5xx, or no answer in time).</summary>
    public static async Task<T?> ServedAsync<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (ApiException ex) when ((int)ex.StatusCode >= 500)
        {
            return null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }
}
