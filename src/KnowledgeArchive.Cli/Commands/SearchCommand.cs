using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary><c>ka search "query"</c>: the decisions that match, then matching documents with the best page and a snippet.</summary>
internal static class SearchCommand
{
    public static Command Create(CommandContext context)
    {
        var query = new Argument<string>("query") { Description = "Words, \"phrases\", AND/OR/NOT, field:value" };
        var page = new Option<int>("--page") { Description = "Result page, from 1", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "Hits per page (1-100)", DefaultValueFactory = _ => 10 };
        var outcome = new Option<string?>("--outcome") { Description = "Only documents recording a decision with this outcome: approved, ratified, noted, deferred…" };
        var command = new Command("search", "Search the archive") { query, page, pageSize, outcome };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var api = context.CreateApi(result);
            var response = await api.SearchAsync(
                result.GetRequiredValue(query),
                page: result.GetValue(page),
                pageSize: result.GetValue(pageSize),
                decisions: true,
                outcome: result.GetValue(outcome),
                cancellationToken: cancellationToken);
            if (result.GetValue(context.Json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(response, ArchiveJsonContext.Default.SearchResponseDto));
                return ExitCodes.Success;
            }

            await WriteAsync(context.Out, response, context.Environment.Colour);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task WriteAsync(TextWriter output, SearchResponseDto response, bool colour)
    {
        var first = ((response.Page - 1) * response.PageSize) + 1;
        await output.WriteLineAsync(response.Total == 0
            ? "No documents match."
            : string.Create(CultureInfo.InvariantCulture, $"{response.Total} document(s) match; showing {first}-{first + response.Hits.Count - 1}."));
        if (response.Decisions is { Count: > 0 } decisions)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Decisions:");
            foreach (var found in decisions)
            {
                var d = found.Decision;
                await output.WriteLineAsync(DecisionLine.Format(d));
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    {SnippetText.ToTerminal(found.Snippet, colour)} ({d.DocumentId} page {d.PageNumber})"));
            }
        }

        foreach (var hit in response.Hits)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{hit.Title}");
            var date = hit.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " · " : string.Empty;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {hit.DocumentId} · {date}{hit.FileName} · page {hit.PageNumber}"));
            await output.WriteLineAsync($"  {SnippetText.ToTerminal(hit.Snippet, colour)}");
        }
    }
}
