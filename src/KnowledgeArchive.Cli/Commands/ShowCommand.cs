using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary><c>ka show ID</c>: what the archive holds about one document.</summary>
internal static class ShowCommand
{
    public static Command Create(CommandContext context)
    {
        var id = new Argument<string>("id") { Description = "Document id (doc-…)" };
        var command = new Command("show", "Show a document's metadata") { id };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var document = await context.CreateApi(result).GetDocumentAsync(result.GetRequiredValue(id), cancellationToken);
            if (result.GetValue(context.Json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(document, ArchiveJsonContext.Default.DocumentDto));
            }
            else
            {
                await WriteAsync(context.Out, document);
            }

            return document.Status == "quarantined" ? ExitCodes.Failed : ExitCodes.Success;
        }));
        return command;
    }

    internal static async Task WriteAsync(TextWriter output, DocumentDto d)
    {
        await output.WriteLineAsync(d.Title);
        await Field(output, "id", d.DocumentId);
        await Field(output, "status", d.QuarantineReason is null ? d.Status : $"{d.Status} ({d.QuarantineCode}: {d.QuarantineReason})");
        await Field(output, "reviewed", d.Review is { } r ? $"{r.ReviewedAt.ToString("u", CultureInfo.InvariantCulture)} by {r.ReviewedBy}: {r.Note}" : null);
        await Field(output, "file", d.FileName);
        await Field(output, "format", d.Format);
        await Field(output, "pages", d.PageCount.ToString(CultureInfo.InvariantCulture));
        await Field(output, "size", string.Create(CultureInfo.InvariantCulture, $"{d.SizeBytes:N0} bytes"));
        await Field(output, "sha256", d.Sha256);
        await Field(output, "type", d.DocumentType);
        await Field(output, "ccg", d.Ccg);
        await Field(output, "icb", d.Icb);
        await Field(output, "body", d.Body);
        await Field(output, "date", d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Field(output, "sensitivity", d.SensitivityBasis is null ? d.Sensitivity : $"{d.Sensitivity} ({d.SensitivityBasis})");
        await Field(output, "source", d.OriginalPath is null ? d.Source : $"{d.Source}: {d.OriginalPath}");
        await Field(output, "ingested", d.IngestedAt.ToString("u", CultureInfo.InvariantCulture));
    }

    private static Task Field(TextWriter output, string name, string? value) =>
        string.IsNullOrEmpty(value) ? Task.CompletedTask : output.WriteLineAsync($"  {name,-12}{value}");
}
