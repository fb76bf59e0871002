using System.CommandLine;
using System.Text.Json;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary><c>ka page ID N</c>: the text of one page of a document, as the archive read it.</summary>
internal static class PageCommand
{
    public static Command Create(CommandContext context)
    {
        var id = new Argument<string>("id") { Description = "Document id (doc-…)" };
        var number = new Argument<int>("page") { Description = "Page number, from 1" };
        var command = new Command("page", "Print the text of one page of a document") { id, number };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var page = await context.CreateApi(result).GetPageAsync(result.GetRequiredValue(id), result.GetRequiredValue(number), cancellationToken);
            if (result.GetValue(context.Json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(page, ArchiveJsonContext.Default.PageDto));
                return ExitCodes.Success;
            }

            await context.Out.WriteLineAsync(SnippetText.Clean(page.Text).TrimEnd());
            if (page.Ocr is { } ocr)
            {
                await context.Error.WriteLineAsync(ocr.Failure is { } failure
                    ? $"note: this page could not be read by OCR: {failure}"
                    : $"note: this page was read by OCR (mean confidence {ocr.MeanConfidence:0}%); check it against the original.");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
