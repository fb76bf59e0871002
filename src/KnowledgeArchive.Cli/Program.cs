namespace KnowledgeArchive.Cli;

/// <summary>Entry point of the <c>ka</c> command.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, CliEnvironment.ForConsole());
}
