using System.CommandLine;
using System.Net;
using System.Text.Json;
using KnowledgeArchive.Tools.LeakCheck;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools leak-check --server URL --reader-key KEY --auditor-key KEY</c>: finds the restricted documents the
/// auditor sees, then walks the API as the reader and reports every restricted item the reader can see: a restricted
/// document, page, file or decision that is not a 404, and any reply naming a restricted document's id or hash or a
/// restricted decision's id (lists, search, lineage, gaps, batches). Exit code 1 when anything leaks.
/// </summary>
internal static class LeakCheckCommand
{
    public static Command Create()
    {
        var server = new Option<string>("--server") { Description = "The running service, e.g. http://127.0.0.1:5080", Required = true };
        var readerKey = new Option<string>("--reader-key") { Description = "An API key with the reader role", Required = true };
        var auditorKey = new Option<string>("--auditor-key") { Description = "An API key with the auditor (or admin) role", Required = true };
        var command = new Command("leak-check", "Report restricted records a reader can see") { server, readerKey, auditorKey };
        command.SetAction(async (result, cancellationToken) =>
        {
            var baseAddress = new Uri(result.GetRequiredValue(server).TrimEnd('/') + "/");
            using var auditor = new ArchiveCaller(new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) }, result.GetRequiredValue(auditorKey));
            using var reader = new ArchiveCaller(new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) }, result.GetRequiredValue(readerKey));
            try
            {
                return await RunAsync(auditor, reader, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                await Console.Error.WriteLineAsync($"leak-check: {ex.Message} (is the service at {baseAddress} running, and are the keys right?)");
                return 3;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(ArchiveCaller auditor, ArchiveCaller reader, CancellationToken cancellationToken)
    {
        var restricted = (await auditor.AllItemsAsync("api/documents", cancellationToken))
            .Where(d => d.GetProperty("sensitivity").GetString() == "restricted")
            .ToList();
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        var decisions = new List<string>();
        foreach (var document in restricted)
        {
            var id = document.GetProperty("documentId").GetString()!;
            secrets[id] = $"restricted document {id}";
            secrets[document.GetProperty("sha256").GetString()!] = $"hash of restricted document {id}";
            foreach (var decision in (await auditor.JsonAsync($"api/documents/{id}", cancellationToken)).GetProperty("decisions").EnumerateArray())
            {
                var decisionId = decision.GetProperty("decisionId").GetString()!;
                decisions.Add(decisionId);
                secrets[decisionId] = $"decision {decisionId} of restricted document {id}";
            }
        }

        Console.WriteLine($"{restricted.Count} restricted document(s) with {decisions.Count} decision(s) seen by the auditor");
        var leaks = new SortedSet<string>(StringComparer.Ordinal);
        async Task ExpectNotFoundAsync(string path)
        {
            if ((await reader.GetAsync(path, cancellationToken)).Status != HttpStatusCode.NotFound)
            {
                leaks.Add($"GET /{path}: not a 404 for the reader");
            }
        }

        async Task ScanAsync(string path)
        {
            var (status, body) = await reader.GetAsync(path, cancellationToken);
            foreach (var (secret, what) in secrets.Where(s => status == HttpStatusCode.OK && body.Contains(s.Key, StringComparison.Ordinal)))
            {
                leaks.Add($"GET /{path}: names {what}");
            }
        }

        foreach (var document in restricted)
        {
            var id = document.GetProperty("documentId").GetString()!;
            await ExpectNotFoundAsync($"api/documents/{id}");
            await ExpectNotFoundAsync($"api/documents/{id}/file");
            await ExpectNotFoundAsync($"api/documents/{id}/pages/1");
            await ScanAsync($"api/documents?sha256={document.GetProperty("sha256").GetString()}");
            await ExpectNotFoundAsync($"api/documents/{id}/similar");
            await ScanAsync($"api/search?q={Uri.EscapeDataString(QuotedTitle(document))}&pageSize=100&decisions=true");
        }

        var neighbours = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            await ExpectNotFoundAsync($"api/decisions/{decision}");
            await ExpectNotFoundAsync($"api/decisions/{decision}/lineage");
            var lineage = await auditor.JsonAsync($"api/decisions/{decision}/lineage?depth=1", cancellationToken);
            neighbours.UnionWith(lineage.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("decisionId").GetString()!).Where(n => !secrets.ContainsKey(n)));
        }

        // Public decisions linked to restricted ones: their lineage, exports and questions must not reach them.
        foreach (var decision in neighbours)
        {
            await ScanAsync($"api/decisions/{decision}/lineage?depth=20");
            await ScanAsync($"api/decisions/{decision}/lineage/export?format=csv");
        }

        await ScanPagedAsync(reader, "api/documents", ScanAsync, cancellationToken);
        await ScanPagedAsync(reader, "api/decisions", ScanAsync, cancellationToken);
        await ScanAsync("api/lineage/gaps");
        await ScanAsync("api/search?q=&pageSize=100");
        var (batchesStatus, _) = await reader.GetAsync("api/ingest/batches", cancellationToken);
        if (batchesStatus != HttpStatusCode.OK)
        {
            // Readers may not read batch reports at all (ingesters may): nothing there can reach them.
            Console.WriteLine($"batch reports: {(int)batchesStatus} for this key, not scanned");
        }

        foreach (var batch in batchesStatus != HttpStatusCode.OK ? [] : (await reader.JsonAsync("api/ingest/batches", cancellationToken)).GetProperty("items").EnumerateArray())
        {
            await ScanAsync($"api/ingest/batches/{batch.GetProperty("batchId").GetString()}");
            await ScanAsync($"api/ingest/batches/{batch.GetProperty("batchId").GetString()}/report.csv");
        }

        foreach (var leak in leaks)
        {
            Console.WriteLine("LEAK " + leak);
        }

        Console.WriteLine($"{leaks.Count} restricted item(s) visible to the reader");
        return leaks.Count == 0 ? 0 : 1;
    }

    private static async Task ScanPagedAsync(ArchiveCaller reader, string path, Func<string, Task> scan, CancellationToken cancellationToken)
    {
        var total = (await reader.JsonAsync($"{path}?pageSize=1", cancellationToken)).GetProperty("total").GetInt32();
        for (var page = 1; (page - 1) * 200 < total; page++)
        {
            await scan($"{path}?page={page}&pageSize=200");
        }
    }

    private static string QuotedTitle(JsonElement document) =>
        "\"" + (document.GetProperty("title").GetString() ?? string.Empty).Replace("\"", string.Empty, StringComparison.Ordinal) + "\"";
}
