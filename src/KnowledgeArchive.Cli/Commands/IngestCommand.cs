using System.CommandLine;
using System.Text.Json;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary>
/// <c>ka ingest FOLDER|ZIP --source NAME</c>: starts a bulk ingest batch and follows it to the end with a progress
/// line, then prints the outcome of the files that failed. Exits 1 when any file was quarantined, unless allowed.
/// </summary>
internal static class IngestCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static Command Create(CommandContext context)
    {
        var input = new Argument<string>("path") { Description = "Folder or .zip to ingest (read by the service, on its machine)" };
        var source = new Option<string>("--source") { Description = "Configured ingest source the files come from (its patterns and defaults apply)", Required = true };
        var noWait = new Option<bool>("--no-wait") { Description = "Return once the batch is started" };
        var allowFailures = new Option<bool>("--allow-failures") { Description = "Exit 0 even when files were quarantined" };
        var upload = new Option<bool>("--upload") { Description = "Send the zip to the service instead of its path (for a service on another machine)" };
        var command = new Command("ingest", "Ingest a folder or zip as one batch, every file accounted for") { input, source, noWait, allowFailures, upload };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var path = Path.GetFullPath(result.GetRequiredValue(input));
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                await context.Error.WriteLineAsync($"error: {path}: no such folder or zip");
                return ExitCodes.InvalidInput;
            }

            var api = context.CreateApi(result);
            var batch = await StartAsync(context, api, path, result.GetRequiredValue(source), result.GetValue(upload), cancellationToken);
            if (batch is null)
            {
                return ExitCodes.InvalidInput;
            }

            if (result.GetValue(noWait))
            {
                await context.Out.WriteLineAsync($"{batch.BatchId}: started");
                return ExitCodes.Success;
            }

            await context.Error.WriteLineAsync($"{batch.BatchId}: ingesting {path}");
            var finished = await FollowAsync(context, api, batch.BatchId, cancellationToken);
            await ReportAsync(context, result.GetValue(context.Json), finished, result.GetValue(context.Server));
            return finished.Counts.Quarantined > 0 && !result.GetValue(allowFailures) ? ExitCodes.Failed : ExitCodes.Success;
        }));
        return command;
    }

    private static async Task<IngestBatchDto?> StartAsync(CommandContext context, IKnowledgeArchiveApi api, string path, string source, bool upload, CancellationToken cancellationToken)
    {
        if (!upload)
        {
            return await api.StartBatchAsync(new IngestBatchRequestDto(path, source), cancellationToken);
        }

        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"error: {path}: --upload sends a zip, not a folder");
            return null;
        }

        await using var stream = File.OpenRead(path);
        return await api.UploadBatchAsync(new Refit.StreamPart(stream, Path.GetFileName(path), "application/zip"), source, cancellationToken);
    }

    private static async Task<IngestBatchDto> FollowAsync(CommandContext context, IKnowledgeArchiveApi api, string batchId, CancellationToken cancellationToken)
    {
        var progress = new IngestProgress(context.Out, context.Environment.Interactive, TimeProvider.System);
        while (true)
        {
            var batch = await api.GetBatchAsync(batchId, files: false, cancellationToken);
            if (batch.Counts.Total > 0)
            {
                await progress.ShowAsync(batch);
            }

            if (batch.State == "completed")
            {
                await progress.EndAsync();
                return await api.GetBatchAsync(batchId, cancellationToken: cancellationToken);
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static async Task ReportAsync(CommandContext context, bool json, IngestBatchDto batch, Uri? server)
    {
        if (json)
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(batch, ArchiveJsonContext.Default.IngestBatchDto));
            return;
        }

        var c = batch.Counts;
        await context.Out.WriteLineAsync(
            $"{batch.BatchId}: {c.Total} files: {c.Indexed} indexed, {c.Duplicate} duplicate, {c.Quarantined} quarantined, {c.Skipped} skipped");
        foreach (var file in batch.Files.Where(f => f.Status is "quarantined" or "skipped"))
        {
            await context.Out.WriteLineAsync($"  {file.Status,-11} {file.Path} ({file.ReasonCode}: {file.Reason})");
        }

        await context.Out.WriteLineAsync($"report: {new Uri(server ?? new Uri(CliEnvironment.DefaultServer), $"/api/ingest/batches/{batch.BatchId}/report.csv")}");
    }
}
