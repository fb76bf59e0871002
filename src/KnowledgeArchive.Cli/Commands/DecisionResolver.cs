using KnowledgeArchive.Client;

namespace KnowledgeArchive.Cli.Commands;

/// <summary>Turns what a user typed (a decision id or a printed reference) into one decision id, or explains why it cannot.</summary>
internal static class DecisionResolver
{
    public static async Task<string?> ResolveAsync(IKnowledgeArchiveApi api, CommandContext context, string target, string? ccg, CancellationToken cancellationToken)
    {
        if (target.StartsWith("dec-", StringComparison.Ordinal))
        {
            return target;
        }

        var found = await api.ListDecisionsAsync(reference: target, ccg: ccg, pageSize: 20, cancellationToken: cancellationToken);
        switch (found.Items.Count)
        {
            case 1:
                return found.Items[0].DecisionId;
            case 0:
                await context.Error.WriteLineAsync($"error: no decision has the reference '{target}'{(ccg is null ? string.Empty : $" in {ccg}")}.");
                return null;
            default:
                await context.Error.WriteLineAsync($"error: '{target}' names {found.Total} decisions; give the id or --ccg:");
                foreach (var d in found.Items)
                {
                    await context.Error.WriteLineAsync($"  {d.DecisionId}  {d.Ccg}  {d.Body}  {d.Date:yyyy-MM-dd}");
                }

                return null;
        }
    }
}
