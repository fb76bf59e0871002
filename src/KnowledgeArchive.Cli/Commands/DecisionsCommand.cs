using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary><c>ka decisions [WORDS…] --outcome --ccg --body --from --to</c>: what CCGs decided, a page at a time.</summary>
internal static class DecisionsCommand
{
    public static Command Create(CommandContext context)
    {
        var words = new Argument<string[]>("words")
        {
            Description = "Words that must all be in the decision's subject or sentence",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var outcome = new Option<string?>("--outcome") { Description = "approved, ratified, adopted, noted, deferred or rejected" };
        var ccg = new Option<string?>("--ccg") { Description = "The CCG's name, e.g. \"NHS Hartwell CCG\"" };
        var body = new Option<string?>("--body") { Description = "The body that decided, e.g. \"Governing Body\"" };
        var reference = new Option<string?>("--reference") { Description = "A minute reference in any printed form (GB19/023 = GB/19/23)" };
        var from = new Option<string?>("--from") { Description = "Decided on or after this day, e.g. 2018-01-01" };
        var to = new Option<string?>("--to") { Description = "Decided on or before this day, e.g. 2019-12-31" };
        var page = new Option<int>("--page") { Description = "Result page, from 1", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "Decisions per page (1-200)", DefaultValueFactory = _ => 20 };
        var command = new Command("decisions", "List and search decisions by words, outcome, CCG, body and date")
        {
            words, outcome, ccg, body, reference, from, to, page, pageSize,
        };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var text = string.Join(' ', result.GetValue(words) ?? []);
            var list = await context.CreateApi(result).ListDecisionsAsync(
                q: string.IsNullOrWhiteSpace(text) ? null : text,
                ccg: result.GetValue(ccg),
                body: result.GetValue(body),
                outcome: result.GetValue(outcome),
                reference: result.GetValue(reference),
                fromDate: result.GetValue(from),
                toDate: result.GetValue(to),
                page: result.GetValue(page),
                pageSize: result.GetValue(pageSize),
                cancellationToken: cancellationToken);
            if (result.GetValue(context.Json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(list, ArchiveJsonContext.Default.DecisionListDto));
                return ExitCodes.Success;
            }

            await WriteAsync(context.Out, list);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task WriteAsync(TextWriter output, DecisionListDto list)
    {
        var first = ((list.Page - 1) * list.PageSize) + 1;
        await output.WriteLineAsync(list.Total == 0
            ? "No decisions match."
            : list.Items.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{list.Total} decision(s) match; page {list.Page} is past the last.")
                : string.Create(CultureInfo.InvariantCulture, $"{list.Total} decision(s) match; showing {first}-{first + list.Items.Count - 1}."));
        foreach (var d in list.Items)
        {
            await output.WriteLineAsync(DecisionLine.Format(d));
            var where = string.Create(CultureInfo.InvariantCulture, $"({d.DocumentId} page {d.PageNumber}, {d.DecisionId})");
            await output.WriteLineAsync(SnippetText.Clean($"    {d.Text} {where}"));
        }
    }
}
