using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Ingestion;
using KnowledgeArchive.Ingestion.Batches;
using KnowledgeArchive.Ingestion.Timing;
using KnowledgeArchive.Tools.Commands.Peers;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools bench-ingest --documents N</c>: writes a synthetic shared-drive export, ingests it as one batch through
/// the service's own pipeline (ledger, zip expansion, isolated extraction, enrichment, Lucene) in a data directory
/// of its own, and prints documents and megabytes per second, peak memory, index size and time to searchable.
/// </summary>
internal static class BenchIngestCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--documents") { Description = "How many documents", DefaultValueFactory = _ => 10_000 };
        var keep = new Option<string?>("--keep") { Description = "Keep the archive and data directory in this folder instead of a temporary one" };
        var recoll = new Option<bool>("--recoll") { Description = "Also index the same files with recollindex (apt-get install recoll)" };
        var pdftotext = new Option<bool>("--pdftotext") { Description = "Also extract the same PDFs with pdftotext, 2 processes at a time: the extraction floor (apt-get install poppler-utils)" };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "Ingest this folder (a copy of a shared drive) instead of writing a synthetic archive; --documents is then ignored" };
        var command = new Command("bench-ingest", "Time a bulk ingest of a synthetic archive through the real pipeline") { count, keep, recoll, pdftotext, corpus };
        command.SetAction(async (result, cancellationToken) =>
        {
            var folder = result.GetValue(keep) ?? Path.Combine(Path.GetTempPath(), "ka-bench-ingest-" + Guid.NewGuid().ToString("N"));
            try
            {
                var peers = new PeerChoice(result.GetValue(recoll), result.GetValue(pdftotext));
                if (peers.Missing() is { } missing)
                {
                    await Console.Error.WriteLineAsync(missing);
                    return 2;
                }

                if (result.GetValue(corpus) is { Exists: false } absent)
                {
                    await Console.Error.WriteLineAsync($"No folder {absent.FullName}.");
                    return 2;
                }

                await RunAsync(folder, result.GetValue(count), result.GetValue(corpus)?.FullName, peers, cancellationToken);
            }
            finally
            {
                if (result.GetValue(keep) is null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            return 0;
        });
        return command;
    }

    private static async Task RunAsync(string folder, int documents, string? corpus, PeerChoice peers, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var input = corpus ?? Path.Combine(folder, "input");
        var watch = Stopwatch.StartNew();
        long bytes;
        if (corpus is null)
        {
            bytes = SyntheticArchive.Write(input, documents, seed: 20220701);
            Console.WriteLine(string.Create(inv, $"archive: {documents:N0} documents, {bytes / 1048576.0:0.0} MiB, written in {watch.Elapsed.TotalSeconds:0.0} s"));
        }
        else
        {
            var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
            bytes = files.Sum(f => f.Length);
            Console.WriteLine(string.Create(inv, $"archive: {input}, {files.Count:N0} files, {bytes / 1048576.0:0.0} MiB"));
        }

        PageCache.Warm(input);

        using var host = IngestHost.Build(Path.Combine(folder, "data"));
        await host.StartAsync(cancellationToken);
        var services = host.Services;
        var ledger = services.GetRequiredService<IIngestLedger>();
        var index = services.GetRequiredService<ISearchIndex>();
        long peak = 0;

        var cpuBefore = ProcessTree.CpuTime(Environment.ProcessId);
        var toolBefore = Process.GetCurrentProcess().TotalProcessorTime;
        watch.Restart();
        var batch = await services.GetRequiredService<IngestBatches>().StartAsync(input, "shared-drive", cancellationToken);
        var lastReport = TimeSpan.Zero;
        while ((batch = (await ledger.FindBatchAsync(batch.BatchId, cancellationToken))!).State != IngestBatchStates.Completed)
        {
            peak = Math.Max(peak, ProcessTree.ResidentBytes());
            if (watch.Elapsed - lastReport > TimeSpan.FromSeconds(10))
            {
                lastReport = watch.Elapsed;
                Console.WriteLine(string.Create(inv, $"  {watch.Elapsed.TotalSeconds,6:0} s  {batch.Counts.Done:N0}/{batch.Counts.Total:N0}"));
            }

            await Task.Delay(250, cancellationToken);
        }

        var ingested = watch.Elapsed;
        while (index.DocumentCount < batch.Counts.Indexed)
        {
            await Task.Delay(50, cancellationToken);
        }

        var searchable = watch.Elapsed;
        var cpu = ProcessTree.CpuTime(Environment.ProcessId) - cpuBefore;
        var tool = Process.GetCurrentProcess().TotalProcessorTime - toolBefore;
        var c = batch.Counts;
        var indexBytes = new DirectoryInfo(services.GetRequiredService<ArchivePaths>().IndexDirectory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        Console.WriteLine(string.Create(inv, $"batch: {c.Total:N0} files: {c.Indexed:N0} indexed, {c.Duplicate:N0} duplicate, {c.Quarantined:N0} quarantined, {c.Skipped:N0} skipped"));
        Console.WriteLine(string.Create(inv, $"ingest: {ingested.TotalSeconds:0.0} s, {c.Total / ingested.TotalSeconds:0.0} docs/s, {bytes / 1048576.0 / ingested.TotalSeconds:0.00} MiB/s"));
        Console.WriteLine(string.Create(inv, $"time to searchable (batch start to the last document found by search): {searchable.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(inv, $"peak resident memory (tool and extraction workers): {peak / 1048576.0:N0} MiB; tool alone: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB"));
        Console.WriteLine(string.Create(inv, $"CPU time (tool and extraction workers, user and system): {cpu.TotalSeconds:0.0} s, {cpu.TotalMilliseconds / Math.Max(1, c.Total):0.0} ms a file, {cpu / ingested:0.00} of {Environment.ProcessorCount} cores busy; tool alone {tool.TotalSeconds:0.0} s, extraction workers {(cpu - tool).TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(inv, $"index: {indexBytes / 1048576.0:0.0} MiB for {index.DocumentCount:N0} documents"));
        StageBreakdown.Print(services.GetRequiredService<IngestTimings>(), ingested);
        await host.StopAsync(cancellationToken);
        host.Dispose();
        var ours = new PeerRun("ours", ingested, c.Total, bytes, peak, indexBytes, "the whole pipeline: ledger, extraction, enrichment, catalog, index");
        await peers.RunAsync(ours, input, folder, cancellationToken);
    }
}
