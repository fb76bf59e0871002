using System.CommandLine;
using System.Text.Json;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary><c>ka ask "which Hollin Vale policies transferred to the ICB"</c>: a lineage question answered with the chain of decisions and its evidence.</summary>
internal static class AskCommand
{
    public static Command Create(CommandContext context)
    {
        var question = new Argument<string>("question") { Description = "A lineage question, e.g. \"what replaced the 2015 gluten-free policy in Kestwick and Orley\"" };
        var intent = new Option<string?>("--intent") { Description = "Correct what is asked: history, ratification, harmonisation, transfer or deferral" };
        intent.AcceptOnlyFromAmong("history", "ratification", "harmonisation", "transfer", "deferral");
        var organisation = new Option<string?>("--organisation") { Description = "Correct the organisation (a CCG or ICB name or place; \"\" for any)" };
        var body = new Option<string?>("--body") { Description = "Correct the body (a name or abbreviation; \"\" for any)" };
        var year = new Option<int?>("--year") { Description = "Correct the year" };
        var subject = new Option<string?>("--subject") { Description = "Correct the subject words (\"\" for none)" };
        var command = new Command("ask", "Answer a question about decision lineage: where a policy began, what ratified, replaced or adopted it, what went to the ICB, what became of a deferral")
        {
            question, intent, organisation, body, year, subject,
        };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var answer = await context.CreateApi(result).TraceAsync(
                result.GetRequiredValue(question), result.GetValue(intent), result.GetValue(organisation), result.GetValue(body), result.GetValue(year), result.GetValue(subject), cancellationToken);
            if (result.GetValue(context.Json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(answer, ArchiveJsonContext.Default.LineageAnswerDto));
                return answer.Nodes.Count == 0 ? ExitCodes.Failed : ExitCodes.Success;
            }

            var q = answer.Question;
            await context.Out.WriteLineAsync($"Read as: {q.Intent}{(q.Organisation is null ? string.Empty : " · " + q.Organisation)}{(q.Body is null ? string.Empty : " · " + q.Body)}{(q.Year is null ? string.Empty : " · " + q.Year)}{(q.Words.Count == 0 ? string.Empty : " · about: " + string.Join(' ', q.Words))}");
            if (answer.Nodes.Count == 0)
            {
                await context.Out.WriteLineAsync("No decision in the archive fits this question. Try naming the organisation and the policy, or search with 'ka search'.");
                return ExitCodes.Failed;
            }

            await TraceCommand.WriteAsync(context.Out, new LineageDto(answer.Anchor ?? string.Empty, answer.Nodes, answer.Edges));
            return ExitCodes.Success;
        }));
        return command;
    }
}
