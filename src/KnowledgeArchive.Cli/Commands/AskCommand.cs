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
        var command = new Command("ask", "Answer a question about decision lineage: where a policy began, what ratified, replaced or adopted it, what went to the ICB") { question };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var answer = await context.CreateApi(result).TraceAsync(result.GetRequiredValue(question), cancellationToken);
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
