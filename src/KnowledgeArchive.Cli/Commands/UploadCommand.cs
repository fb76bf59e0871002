using System.CommandLine;
using System.Net;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using Refit;

namespace KnowledgeArchive.Cli.Commands;

/// <summary><c>ka upload FILE…</c>: sends files to the archive and, unless told not to, waits until each is searchable or quarantined.</summary>
internal static class UploadCommand
{
    public static Command Create(CommandContext context)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "PDF or Word files", Arity = ArgumentArity.OneOrMore };
        var source = new Option<string?>("--source") { Description = "Ingest source name recorded as provenance (default: upload)" };
        var noWait = new Option<bool>("--no-wait") { Description = "Return once accepted instead of waiting for extraction" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for extraction per file", DefaultValueFactory = _ => 120 };
        var command = new Command("upload", "Add files to the archive") { files, source, noWait, timeout };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var api = context.CreateApi(result);
            var exit = ExitCodes.Success;
            foreach (var file in result.GetRequiredValue(files))
            {
                var code = await UploadOneAsync(context, api, file, result.GetValue(source), !result.GetValue(noWait), TimeSpan.FromSeconds(result.GetValue(timeout)), cancellationToken);
                exit = Math.Max(exit, code);
            }

            return exit;
        }));
        return command;
    }

    private static async Task<int> UploadOneAsync(
        CommandContext context, IKnowledgeArchiveApi api, FileInfo file, string? source, bool wait, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await context.Error.WriteLineAsync($"error: {file.FullName}: no such file");
            return ExitCodes.InvalidInput;
        }

        await using var stream = file.OpenRead();
        using var response = await api.UploadAsync(new StreamPart(stream, file.Name, "application/octet-stream"), source, cancellationToken);
        if (!response.IsSuccessStatusCode || response.Content is null)
        {
            throw response.Error ?? throw new InvalidOperationException($"upload failed: {response.StatusCode}");
        }

        var accepted = response.Content;
        if (response.StatusCode == HttpStatusCode.OK || !wait)
        {
            await context.Out.WriteLineAsync($"{file.Name}: {accepted.Status} {accepted.DocumentId}");
            return ExitCodes.Success;
        }

        var document = await WaitForExtractionAsync(api, accepted.DocumentId, timeout, cancellationToken);
        if (document is null)
        {
            await context.Out.WriteLineAsync($"{file.Name}: pending {accepted.DocumentId} (still extracting after {timeout.TotalSeconds:0} s)");
            return ExitCodes.Failed;
        }

        var reason = document.QuarantineReason is null ? string.Empty : $" ({document.QuarantineCode}: {document.QuarantineReason})";
        await context.Out.WriteLineAsync($"{file.Name}: {document.Status} {document.DocumentId}{reason}");
        return document.Status == "indexed" ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static async Task<DocumentDto?> WaitForExtractionAsync(IKnowledgeArchiveApi api, string id, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var document = await api.GetDocumentAsync(id, cancellationToken);
            if (document.Status != "pending")
            {
                return document;
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                return null;
            }

            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 1000));
        }
    }
}
