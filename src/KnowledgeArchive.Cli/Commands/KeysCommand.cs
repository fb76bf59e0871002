using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Client.Contracts;

namespace KnowledgeArchive.Cli.Commands;

/// <summary><c>ka keys create NAME --role ROLE</c>, <c>ka keys list</c>, <c>ka keys revoke ID</c> (admin keys only).</summary>
internal static class KeysCommand
{
    public static Command Create(CommandContext context) =>
        new("keys", "Make, list and revoke API keys (needs an admin key)") { CreateKey(context), List(context), Revoke(context) };

    private static Command CreateKey(CommandContext context)
    {
        var name = new Argument<string>("name") { Description = "Who or what the key is for" };
        var role = new Option<string>("--role") { Description = "reader, ingester, auditor or admin", Required = true };
        var command = new Command("create", "Make a key; it is printed once and cannot be shown again") { name, role };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var created = await context.CreateApi(result).CreateKeyAsync(new CreateApiKeyRequestDto(result.GetRequiredValue(name), result.GetRequiredValue(role)), cancellationToken);
            if (result.GetValue(context.Json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(created, ArchiveJsonContext.Default.CreatedApiKeyDto));
                return ExitCodes.Success;
            }

            await context.Out.WriteLineAsync($"made {created.KeyId} ({created.Role}) for {created.Name}; the key, shown this once:");
            await context.Out.WriteLineAsync(created.Key);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CommandContext context)
    {
        var command = new Command("list", "List every key (never the keys themselves)");
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            var keys = await context.CreateApi(result).ListKeysAsync(cancellationToken);
            if (result.GetValue(context.Json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(keys, ArchiveJsonContext.Default.ApiKeyListDto));
                return ExitCodes.Success;
            }

            foreach (var key in keys.Items)
            {
                var state = key.RevokedAt is { } revoked ? "revoked " + revoked.ToString("u", CultureInfo.InvariantCulture) : "active";
                await context.Out.WriteLineAsync($"{key.KeyId}  {key.Role,-8}  {state,-28}  {key.Name}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Revoke(CommandContext context)
    {
        var keyId = new Argument<string>("id") { Description = "Key id (key-…), as 'ka keys list' shows it" };
        var command = new Command("revoke", "Revoke a key: it stops working at once") { keyId };
        command.SetAction((result, cancellationToken) => ApiCall.RunAsync(context, async () =>
        {
            await context.CreateApi(result).RevokeKeyAsync(result.GetRequiredValue(keyId), cancellationToken);
            await context.Out.WriteLineAsync($"revoked {result.GetRequiredValue(keyId)}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
