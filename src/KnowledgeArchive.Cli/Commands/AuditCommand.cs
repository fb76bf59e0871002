using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary><c>ka audit [--actor --action --limit]</c>: the audit log, newest first; <c>ka audit verify</c>: its hash chain checked.</summary>
internal static class AuditCommand
{
    public static Command Create(CommandContext context)
    {
        var actor = new Option<string?>("--actor") { Description = "Only entries of this actor (a key id)" };
        var action = new Option<string?>("--action") { Description = "Only entries of this action (search, document.download, key.create, ...)" };
        var limit = new Option<int>("--limit") { Description = "How many entries (1-1000)", DefaultValueFactory = _ => 50 };
        var command = new Command("audit", "Show the audit log, newest first (needs an auditor or admin key)") { actor, action, limit, Verify(context) };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var entries = await context.CreateApi(result).ListAuditAsync(result.GetValue(actor), result.GetValue(action), result.GetValue(limit), cancellationToken: cancellationToken);
            if (result.GetValue(context.Json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(entries, ArchiveJsonContext.Default.AuditEntryListDto));
                return ExitCodes.Success;
            }

            foreach (var e in entries.Items)
            {
                var what = string.Join(' ', new[] { e.Target, e.Detail }.Where(s => !string.IsNullOrEmpty(s)));
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{e.Sequence,6}  {e.At:yyyy-MM-dd HH:mm:ss}  {e.Actor} ({e.Role})  {e.Action}  {what}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Verify(CommandContext context)
    {
        var command = new Command("verify", "Re-compute the audit log's hash chain; exit 1 naming the first altered entry");
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var verification = await context.CreateApi(result).VerifyAuditAsync(cancellationToken);
            if (result.GetValue(context.Json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(verification, ArchiveJsonContext.Default.AuditVerificationDto));
            }
            else if (verification.Ok)
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"audit log intact: {verification.Entries} entries"));
            }
            else
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"audit log BROKEN at entry {verification.FirstBrokenSequence}: {verification.Reason} ({verification.Entries} entries before it are intact)"));
            }

            return verification.Ok ? ExitCodes.Success : ExitCodes.Failed;
        }));
        return command;
    }
}
