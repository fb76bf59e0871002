using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeArchive.Tools.Commands.Cluster;

/// <summary>
/// <c>ka-tools bench-cluster</c>: on a running cluster (<c>deploy/cluster/up.sh DIR</c>), ingests a synthetic archive
/// through the ingest node's API, times it until the batch completes and until every web node finds all of it, reads
/// the CPU time each process of the cluster spent (so the coordinator's own cost per document is known apart from the
/// workers'), then sends searches from several clients spread over the web nodes.
/// </summary>
internal static class BenchClusterCommand
{
    public static Command Create()
    {
        var cluster = new Option<DirectoryInfo>("--cluster") { Description = "The cluster's directory (as given to deploy/cluster/up.sh); its run/*.pid files name the processes", Required = true };
        var web = new Option<string[]>("--web") { Description = "The web nodes, as up.sh prints them; the first takes the ingest", Required = true, AllowMultipleArgumentsPerToken = true };
        var documents = new Option<int>("--documents") { Description = "How many documents to ingest (0: only search)", DefaultValueFactory = _ => 2000 };
        var clients = new Option<int>("--clients") { Description = "Clients searching at once, spread over the web nodes", DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { Description = "How long to search (0: only ingest)", DefaultValueFactory = _ => 30 };
        var apiKey = new Option<string?>("--api-key") { Description = "An admin API key (default: $KA_ADMIN_KEY)", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KA_ADMIN_KEY") };
        var source = new Option<string>("--source") { Description = "The ingest source named in the batch", DefaultValueFactory = _ => "shared-drive" };
        var command = new Command("bench-cluster", "Time an ingest and searches on a running local cluster") { cluster, web, documents, clients, seconds, apiKey, source };
        command.SetAction(async (result, cancellationToken) =>
        {
            var nodes = result.GetValue(web)!.Select(w => new Uri(w.Replace("web ", string.Empty, StringComparison.Ordinal).Trim())).ToList();
            var key = result.GetValue(apiKey);
            var folder = result.GetValue(cluster)!.FullName;
            if (result.GetValue(documents) > 0)
            {
                await IngestAsync(folder, nodes, key, result.GetValue(documents), result.GetValue(source)!, cancellationToken);
            }

            if (result.GetValue(seconds) > 0)
            {
                await ClusterSearchLoad.RunAsync(nodes, key, result.GetValue(clients), TimeSpan.FromSeconds(result.GetValue(seconds)), cancellationToken);
            }

            return 0;
        });
        return command;
    }

    private static async Task IngestAsync(string folder, List<Uri> nodes, string? key, int documents, string source, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var series = string.Create(inv, $"s{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");
        var input = Path.Combine(folder, "bench-input", series);
        var bytes = SyntheticArchive.Write(input, documents, seed: 20220701, series);
        Console.WriteLine(string.Create(inv, $"archive: {documents:N0} documents, {bytes / 1048576.0:0.0} MiB in {input} (series {series})"));
        var processes = ClusterProcesses.Read(folder);
        Console.WriteLine("processes: " + string.Join(", ", processes.Pids.Select(p => $"{p.Key} ({p.Value})")));

        using var http = BenchSearchCommand.Client(nodes[0], key);
        var before = processes.CpuTimes();
        var watch = Stopwatch.StartNew();
        using var started = await http.PostAsJsonAsync("/api/ingest/batches", new { path = input, source }, cancellationToken);
        var body = await started.Content.ReadAsStringAsync(cancellationToken);
        if (!started.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"the ingest node refused the batch ({(int)started.StatusCode}): {body}");
        }

        var batchId = JsonDocument.Parse(body).RootElement.GetProperty("batchId").GetString()!;
        JsonElement counts;
        while (true)
        {
            var batch = JsonDocument.Parse(await http.GetStringAsync($"/api/ingest/batches/{batchId}", cancellationToken)).RootElement;
            counts = batch.GetProperty("counts");
            if (batch.GetProperty("state").GetString() == "completed")
            {
                break;
            }

            await Task.Delay(250, cancellationToken);
        }

        var ingested = watch.Elapsed;
        var after = processes.CpuTimes();
        Console.WriteLine(string.Create(inv, $"batch {batchId}: {counts}"));
        Console.WriteLine(string.Create(inv, $"ingest: {ingested.TotalSeconds:0.0} s, {documents / ingested.TotalSeconds:0.0} documents/s"));
        foreach (var node in nodes)
        {
            var found = await SearchableAsync(node, key, series, documents, cancellationToken);
            Console.WriteLine(string.Create(inv, $"  all {documents:N0} found by search on {node} after {(watch.Elapsed.TotalSeconds):0.0} s ({found:N0} hits)"));
        }

        Console.WriteLine("CPU time during the batch (each process with its children):");
        foreach (var (name, cpu) in after)
        {
            var used = cpu - before.GetValueOrDefault(name);
            Console.WriteLine(string.Create(inv, $"  {name,-10} {used.TotalSeconds,8:0.0} s  {used.TotalMilliseconds / documents,7:0.00} ms a document"));
        }
    }

    private static async Task<int> SearchableAsync(Uri node, string? key, string series, int documents, CancellationToken cancellationToken)
    {
        using var http = BenchSearchCommand.Client(node, key);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(30);
        while (true)
        {
            var total = JsonDocument.Parse(await http.GetStringAsync(BenchSearchCommand.Url(series), cancellationToken)).RootElement.GetProperty("total").GetInt32();
            if (total >= documents || DateTime.UtcNow > deadline)
            {
                return total;
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
