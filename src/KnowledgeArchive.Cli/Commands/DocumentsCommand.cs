using System.CommandLine;
using System.Text.Json;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary>
/// <c>ka documents retry|password|ocr|sensitivity|review ID</c>: act on a quarantined document (ingester, auditor or
/// admin keys). Each action is recorded in the audit log with its note.
/// </summary>
internal static class DocumentsCommand
{
    public static Command Create(CommandContext context) =>
        new("documents", "Act on a quarantined document: read it again, supply its password, run OCR, set its sensitivity, review it")
        {
            ReadAgain(context, "retry", "Read a quarantined document again from its stored original",
                (api, id, note, ct) => api.RetryDocumentAsync(id, new DocumentActionDto(note), ct)),
            Password(context),
            ReadAgain(context, "ocr", "Read a quarantined PDF again with every page read by OCR",
                (api, id, note, ct) => api.RunOcrAsync(id, new DocumentActionDto(note), ct)),
            Sensitivity(context),
            Review(context),
        };

    private static Command ReadAgain(
        CommandContext context, string name, string description, Func<IKnowledgeArchiveApi, string, string?, CancellationToken, Task<DocumentDto>> call)
    {
        var id = IdArgument();
        var note = new Option<string?>("--note") { Description = "Why, for the audit log" };
        var command = new Command(name, description) { id, note };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var document = await call(context.CreateApi(result), result.GetRequiredValue(id), result.GetValue(note), cancellationToken);
            return await WriteAsync(context, result, document, "queued to be read again");
        }));
        return command;
    }

    private static Command Password(CommandContext context)
    {
        var id = IdArgument();
        var password = new Option<string?>("--password") { Description = "The PDF's password (visible to others on this machine; prefer --password-file)" };
        var file = new Option<FileInfo?>("--password-file") { Description = "A file whose first line is the PDF's password" };
        var note = new Option<string?>("--note") { Description = "Why, for the audit log (never the password)" };
        var command = new Command("password", "Read an encrypted PDF again with its password; the service uses it once and keeps it nowhere")
        {
            id, password, file, note,
        };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var secret = result.GetValue(password);
            if (result.GetValue(file) is { } path)
            {
                if (!path.Exists)
                {
                    await context.Error.WriteLineAsync($"error: no such file: {path.FullName}");
                    return ExitCodes.InvalidInput;
                }

                secret = (await File.ReadAllLinesAsync(path.FullName, cancellationToken)).FirstOrDefault();
            }

            if (string.IsNullOrEmpty(secret))
            {
                await context.Error.WriteLineAsync("error: give the password with --password-file FILE or --password TEXT.");
                return ExitCodes.InvalidInput;
            }

            var request = new PasswordRequestDto(secret, result.GetValue(note));
            var document = await context.CreateApi(result).SupplyPasswordAsync(result.GetRequiredValue(id), request, cancellationToken);
            return await WriteAsync(context, result, document, "queued to be read again with the password");
        }));
        return command;
    }

    private static Command Sensitivity(CommandContext context)
    {
        var id = IdArgument();
        var value = new Argument<string>("sensitivity") { Description = "public or restricted" };
        var reason = new Option<string>("--reason") { Description = "Why, for the audit log", Required = true };
        var command = new Command("sensitivity", "Make a quarantined document public or restricted") { id, value, reason };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var request = new SensitivityRequestDto(result.GetRequiredValue(value), result.GetRequiredValue(reason));
            var document = await context.CreateApi(result).SetSensitivityAsync(result.GetRequiredValue(id), request, cancellationToken);
            return await WriteAsync(context, result, document, "is now " + document.Sensitivity);
        }));
        return command;
    }

    private static Command Review(CommandContext context)
    {
        var id = IdArgument();
        var note = new Option<string>("--note") { Description = "Why it is left unread", Required = true };
        var command = new Command("review", "Record that a quarantined document was reviewed and left unread") { id, note };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var request = new ReviewRequestDto(result.GetRequiredValue(note));
            var document = await context.CreateApi(result).ReviewDocumentAsync(result.GetRequiredValue(id), request, cancellationToken);
            return await WriteAsync(context, result, document, $"reviewed by {document.Review?.ReviewedBy}; stays quarantined");
        }));
        return command;
    }

    private static Argument<string> IdArgument() => new("id") { Description = "Document id (doc-…)" };

    private static async Task<int> WriteAsync(CommandContext context, ParseResult result, DocumentDto document, string what)
    {
        await context.Out.WriteLineAsync(result.GetValue(context.Json)
            ? JsonSerializer.Serialize(document, ArchiveJsonContext.Default.DocumentDto)
            : $"{document.DocumentId} {what} ({document.Status}): {document.FileName}");
        return ExitCodes.Success;
    }
}
