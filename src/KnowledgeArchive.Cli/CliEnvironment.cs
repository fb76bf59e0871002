namespace KnowledgeArchive.Cli;

/// <summary>Where the CLI writes and how it reaches the service; tests supply their own.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<Uri, HttpClient> HttpClientFactory)
{
    public const string ServerVariable = "KNOWLEDGEARCHIVE_SERVER";
    public const string DefaultServer = "http://127.0.0.1:5080";
    public const string ApiKeyVariable = "KA_API_KEY";

    /// <summary>True when <see cref="Out"/> is a terminal, where progress is redrawn on one line instead of printed line by line.</summary>
    public bool Interactive { get; init; }

    public static HttpClient CreateHttpClient(Uri baseAddress) =>
        new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(10) };
}
