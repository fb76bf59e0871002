namespace KnowledgeArchive.Cli;

/// <summary>Where the CLI writes and how it reaches the service; tests supply their own.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<Uri, HttpClient> HttpClientFactory)
{
    public const string ServerVariable = "KNOWLEDGEARCHIVE_SERVER";
    public const string DefaultServer = "http://127.0.0.1:5080";
    public const string ApiKeyVariable = "KA_API_KEY";

    /// <summary>The convention (no-color.org) for asking programs not to colour their output.</summary>
    public const string NoColourVariable = "NO_COLOR";

    /// <summary>True when <see cref="Out"/> is a terminal, where progress is redrawn on one line instead of printed line by line.</summary>
    public bool Interactive { get; init; }

    /// <summary>
    /// True when matches may be highlighted with ANSI escapes (bold, inverse); otherwise output is plain text with
    /// no markers, for pipes, files and scripts.
    /// </summary>
    public bool Colour { get; init; }

    /// <summary>Opens an address in the user's browser without waiting for it; false when there is no browser to open.</summary>
    public Func<Uri, bool> OpenInBrowser { get; init; } = _ => false;

    /// <summary>The console as the <c>ka</c> command has it: colour and a browser only on a terminal.</summary>
    public static CliEnvironment ForConsole()
    {
        var terminal = !Console.IsOutputRedirected;
        return new CliEnvironment(Console.Out, Console.Error, CreateHttpClient)
        {
            Interactive = terminal,
            Colour = UsesColour(terminal, Environment.GetEnvironmentVariable(NoColourVariable), Environment.GetEnvironmentVariable("TERM")),
            OpenInBrowser = BrowserLauncher.TryOpen,
        };
    }

    /// <summary>Colour on a terminal that can show it, unless <c>NO_COLOR</c> is set to anything.</summary>
    public static bool UsesColour(bool terminal, string? noColour, string? term) =>
        terminal && string.IsNullOrEmpty(noColour) && !string.Equals(term, "dumb", StringComparison.Ordinal);

    public static HttpClient CreateHttpClient(Uri baseAddress) =>
        new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(10) };
}
