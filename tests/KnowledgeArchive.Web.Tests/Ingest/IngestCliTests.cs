using KnowledgeArchive.Cli;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Ingest;

public sealed class IngestCliTests : IClassFixture<ArchiveAppFixture>, IDisposable
{
    private readonly ArchiveAppFixture _app;
    private readonly string _input = Directory.CreateTempSubdirectory("ka-batch-cli-").FullName;

    public IngestCliTests(ArchiveAppFixture app) => _app = app;

    public void Dispose() => Directory.Delete(_input, recursive: true);

    [Fact]
    public async Task Ingest_Folder_PrintsProgressAndTotals_AndExitsZero()
    {
        for (var i = 0; i < 6; i++)
        {
            BatchInput.Write(_input, $"papers/cli-{i}.pdf", SampleFiles.Pdf($"CLI batch paper {i}", $"Paper {i} on community pharmacy."));
        }

        var run = await RunAsync("ingest", _input, "--source", BatchInput.Source);

        Assert.Equal(ExitCodes.Success, run.Exit);
        var progress = run.Out.Split('\n').Where(l => l.StartsWith('[')).ToList();
        Assert.NotEmpty(progress);
        Assert.Matches(@"^\[#{24}\] 6/6 files  \d+\.\d files/s  ETA 0:00  failures 0", progress[^1]);
        Assert.Contains(": 6 files: 6 indexed, 0 duplicate, 0 quarantined, 0 skipped", run.Out, StringComparison.Ordinal);
        Assert.Contains("/report.csv", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WithAFailedFile_ExitsFailedNamingIt_UnlessFailuresAreAllowed()
    {
        BatchInput.Write(_input, "one/good.pdf", SampleFiles.Pdf("CLI good paper", "Readable text."));
        BatchInput.Write(_input, "one/broken.pdf", BatchInput.CorruptPdf());
        BatchInput.Write(_input, "two/broken again.pdf", BatchInput.CorruptPdf());

        var failing = await RunAsync("ingest", Path.Combine(_input, "one"), "--source", BatchInput.Source);
        var allowed = await RunAsync("ingest", Path.Combine(_input, "two"), "--source", BatchInput.Source, "--allow-failures");

        Assert.Equal(ExitCodes.Failed, failing.Exit);
        Assert.Contains("quarantined broken.pdf (corrupt: ", failing.Out, StringComparison.Ordinal);
        Assert.Contains("failures 1", failing.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, allowed.Exit);
        Assert.Contains("1 quarantined", allowed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MissingFolder_ExitsInvalidInput()
    {
        var run = await RunAsync("ingest", Path.Combine(_input, "nowhere"), "--source", BatchInput.Source);

        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("no such folder or zip", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_UnknownSource_ExitsInvalidInputWithTheConfiguredNames()
    {
        var run = await RunAsync("ingest", _input, "--source", "nope");

        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("shared-drive", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WithoutSource_ExitsInvalidInput()
    {
        var run = await RunAsync("ingest", _input);

        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("--source", run.Error, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(
            [.. args, "--server", _app.Factory.BaseAddress.ToString(), "--api-key", TestKeys.Admin],
            new CliEnvironment(output, error, CliEnvironment.CreateHttpClient));
        return (exit, output.ToString(), error.ToString());
    }
}
