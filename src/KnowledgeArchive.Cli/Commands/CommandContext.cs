using System.CommandLine;
using KnowledgeArchive.Client;

namespace KnowledgeArchive.Cli.Commands;

/// <summary>What every command shares: the environment and the global options.</summary>
internal sealed record CommandContext(CliEnvironment Environment, Option<Uri> Server, Option<bool> Json, Option<string?> ApiKey)
{
    public TextWriter Out => Environment.Out;

    public TextWriter Error => Environment.Error;

    public IKnowledgeArchiveApi CreateApi(ParseResult result)
    {
        var server = result.GetValue(Server) ?? new Uri(CliEnvironment.DefaultServer);
        var httpClient = Environment.HttpClientFactory(server);
        KnowledgeArchiveClient.UseApiKey(httpClient, result.GetValue(ApiKey));
        return KnowledgeArchiveClient.Create(httpClient);
    }
}
