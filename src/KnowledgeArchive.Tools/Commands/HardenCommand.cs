using System.CommandLine;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion.Batches;
using KnowledgeArchive.Ingestion.Timing;
using KnowledgeArchive.Tools.Commands.Hardening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools harden --corpus DIR</c>: pushes every file of the folders through the service's own ingest pipeline
/// (ledger, format detection, zip limits, isolated extraction with its time and memory limits, quarantine) in a
/// temporary data directory, and reports what became of each file, the slowest files, and anything that crashed.
/// Exits with 1 when a file crashed the pipeline, ran over the time limit or is unaccounted for.
/// </summary>
internal static class HardenCommand
{
    private const string Source = "shared-drive";

    public static Command Create()
    {
        var corpus = new Option<DirectoryInfo[]>("--corpus") { Description = "A folder of files to ingest (repeat for several)", AllowMultipleArgumentsPerToken = false };
        var formats = new Option<bool>("--formats") { Description = "Also ingest generated files of every format beyond PDF and Word, ordinary and hostile (see FormatFixtures)" };
        var timeout = new Option<int?>("--timeout-seconds") { Description = "Extraction time limit per file (default: the service's)" };
        var command = new Command("harden", "Ingest every file of the given folders through the real pipeline and report outcomes, slow files and crashes") { corpus, formats, timeout };
        command.SetAction(async (result, cancellationToken) =>
        {
            var folders = (result.GetValue(corpus) ?? []).ToList();
            if (folders.FirstOrDefault(f => !f.Exists) is { } missing)
            {
                await Console.Error.WriteLineAsync($"There is no folder at {missing.FullName}.");
                return 2;
            }

            var generated = result.GetValue(formats) ? Directory.CreateTempSubdirectory("ka-formats-") : null;
            if (generated is not null)
            {
                FormatFixtures.Write(generated.FullName);
                folders.Add(generated);
            }

            if (folders.Count == 0)
            {
                await Console.Error.WriteLineAsync("Give at least one --corpus folder, or --formats.");
                return 2;
            }

            try
            {
                var report = await RunAsync([.. folders.Select(f => f.FullName)], result.GetValue(timeout), Console.Out, cancellationToken);
                return report.Passed ? 0 : 1;
            }
            finally
            {
                generated?.Delete(recursive: true);
            }
        });
        return command;
    }

    public static async Task<HardenReport> RunAsync(IReadOnlyList<string> folders, int? timeoutSeconds, TextWriter output, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("ka-harden-");
        var errors = new ErrorCounter();
        errors.WatchUnhandled();
        try
        {
            TimeSpan limit = default;
            using var host = IngestHost.Build(
                data.FullName,
                o =>
                {
                    o.ExtractionTimeout = timeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : o.ExtractionTimeout;
                    limit = o.ExtractionTimeout;
                },
                logging => logging.AddProvider(errors));
            await host.StartAsync(cancellationToken);
            var batches = host.Services.GetRequiredService<IngestBatches>();
            var ledger = host.Services.GetRequiredService<IIngestLedger>();
            var outcomes = new List<CorpusOutcome>();
            foreach (var folder in folders)
            {
                var onDisk = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();
                var batch = await batches.StartAsync(folder, Source, cancellationToken);
                await WaitAsync(ledger, batch.BatchId, output, cancellationToken);
                outcomes.Add(new CorpusOutcome(folder, onDisk, await ledger.FilesAsync(batch.BatchId, cancellationToken)));
            }

            // Files taken in from containers (an email's attachments) are documents outside any batch: wait for them too.
            await WaitForDocumentsAsync(host.Services.GetRequiredService<IDocumentCatalog>(), output, cancellationToken);
            var report = new HardenReport(outcomes, host.Services.GetRequiredService<IngestTimings>().Slowest(), errors, limit == default ? TimeSpan.FromSeconds(60) : limit);
            await PrintCatalogAsync(host.Services.GetRequiredService<IDocumentCatalog>(), output, cancellationToken);
            await host.StopAsync(cancellationToken);
            report.Print(output);
            return report;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task WaitForDocumentsAsync(IDocumentCatalog catalog, TextWriter output, CancellationToken cancellationToken)
    {
        var last = DateTime.UtcNow;
        while ((await catalog.ListIdsAsync(DocumentStatus.Pending, cancellationToken)).Count is > 0 and var pending)
        {
            if (DateTime.UtcNow - last > TimeSpan.FromSeconds(15))
            {
                last = DateTime.UtcNow;
                await output.WriteLineAsync($"  {pending} attached file(s) still being read");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private static async Task PrintCatalogAsync(IDocumentCatalog catalog, TextWriter output, CancellationToken cancellationToken)
    {
        var indexed = (await catalog.ListIdsAsync(DocumentStatus.Indexed, cancellationToken)).Count;
        var quarantined = await catalog.ListAsync(new DocumentQuery(Status: DocumentStatus.Quarantined, PageSize: 10_000, Scope: RecordScope.All), cancellationToken);
        var byCode = string.Join(", ", quarantined.Items.GroupBy(d => d.QuarantineReason?.Code ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        await output.WriteLineAsync($"catalog (files and what came attached to them): {indexed} indexed, {quarantined.Total} quarantined ({byCode}), 0 pending");
    }

    private static async Task WaitAsync(IIngestLedger ledger, string batchId, TextWriter output, CancellationToken cancellationToken)
    {
        var last = DateTime.UtcNow;
        while ((await ledger.FindBatchAsync(batchId, cancellationToken))! is { State: not IngestBatchStates.Completed } batch)
        {
            if (DateTime.UtcNow - last > TimeSpan.FromSeconds(15))
            {
                last = DateTime.UtcNow;
                await output.WriteLineAsync($"  {batch.Counts.Total - batch.Counts.Pending}/{batch.Counts.Total} files done");
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
