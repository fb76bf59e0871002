using System.CommandLine;
using KnowledgeArchive.Cli.Commands;

namespace KnowledgeArchive.Cli;

/// <summary>The <c>ka</c> command line: search, upload and show documents of a running KnowledgeArchive service.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var server = new Option<Uri>("--server", "-s")
        {
            Description = $"Service address (default: ${CliEnvironment.ServerVariable} or {CliEnvironment.DefaultServer})",
            Recursive = true,
            DefaultValueFactory = _ => new Uri(Environment.GetEnvironmentVariable(CliEnvironment.ServerVariable) ?? CliEnvironment.DefaultServer),
            CustomParser = ParseServer,
        };
        var json = new Option<bool>("--json") { Description = "Print the service's JSON reply instead of text", Recursive = true };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"API key sent to the service (default: ${CliEnvironment.ApiKeyVariable})",
            Recursive = true,
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(CliEnvironment.ApiKeyVariable),
        };
        var context = new CommandContext(environment, server, json, apiKey);

        var root = new RootCommand("KnowledgeArchive: search and add CCG decisions, minutes and policies, and trace decision lineage")
        {
            server,
            json,
            apiKey,
            SearchCommand.Create(context),
            UploadCommand.Create(context),
            ShowCommand.Create(context),
            DecisionsCommand.Create(context),
            PageCommand.Create(context),
            OpenCommand.Create(context),
            DocumentsCommand.Create(context),
            TraceCommand.Create(context),
            AskCommand.Create(context),
            ExportLineageCommand.Create(context),
            IngestCommand.Create(context),
            KeysCommand.Create(context),
            AuditCommand.Create(context),
            FixityCommand.Create(context),
        };

        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await environment.Error.WriteLineAsync(error.Message);
            }

            await environment.Error.WriteLineAsync("Run 'ka --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        return await parsed.InvokeAsync(configuration);
    }

    private static Uri? ParseServer(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        result.AddError($"--server must be an http:// or https:// address, such as {CliEnvironment.DefaultServer}, not '{text}'.");
        return null;
    }
}
