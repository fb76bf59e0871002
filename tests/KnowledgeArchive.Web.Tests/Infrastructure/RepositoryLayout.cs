namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>Where the repository and this test run's build outputs are, found from the test's own output folder.</summary>
public static class RepositoryLayout
{
    private static readonly string TestOutput = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>The folder holding <c>KnowledgeArchive.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration the tests were built in (<c>Debug</c> or <c>Release</c>), which the projects they reference share.</summary>
    public static string Configuration { get; } = Path.GetFileName(Path.GetDirectoryName(TestOutput))!;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var root = new DirectoryInfo(TestOutput);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "KnowledgeArchive.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException($"no KnowledgeArchive.sln above {TestOutput}");
    }
}
