using KnowledgeArchive.Cli;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Cli;

/// <summary><c>ka documents …</c> against the real service: acting on a quarantined document from the command line.</summary>
public sealed class DocumentsCliTests : IClassFixture<ArchiveAppFixture>, IDisposable
{
    private readonly ArchiveAppFixture _app;
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("ka-cli-documents-").FullName;

    public DocumentsCliTests(ArchiveAppFixture app) => _app = app;

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    [Fact]
    public async Task Password_FromAFile_OpensTheEncryptedPdf()
    {
        var id = await Uploads.SettledAsync(_app, await File.ReadAllBytesAsync(Uploads.EncryptedPdfPath), "locked minutes.pdf", "quarantined");
        var secret = Path.Combine(_workDirectory, "password.txt");
        await File.WriteAllTextAsync(secret, Uploads.EncryptedPdfPassword + "\n");

        var run = await RunAsync("ingester", "documents", "password", id, "--password-file", secret, "--note", "from the clerk");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains($"{id} queued to be read again with the password (pending)", run.Out, StringComparison.Ordinal);
        await _app.WaitForStatusAsync(id, "indexed");
    }

    [Fact]
    public async Task ReviewThenShow_ShowsTheReview_AndRetryOfAnIndexedDocumentFails()
    {
        var quarantined = await Uploads.SettledAsync(_app, BatchInput.CorruptPdf(), "cli damaged.pdf", "quarantined");
        var indexed = await Uploads.SettledAsync(_app, SampleFiles.Pdf("CLI paper", "Readable."), "cli readable.pdf", "indexed");

        var review = await RunAsync("auditor", "documents", "review", quarantined, "--note", "superseded copy");
        var show = await RunAsync("auditor", "show", quarantined);
        var retry = await RunAsync("ingester", "documents", "retry", indexed);
        var reader = await RunAsync("reader", "documents", "review", quarantined, "--note", "x");

        Assert.Equal(ExitCodes.Success, review.Exit);
        Assert.Contains("reviewed by test auditor; stays quarantined", review.Out, StringComparison.Ordinal);
        Assert.Contains("by test auditor: superseded copy", show.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failed, retry.Exit);
        Assert.Contains("not quarantined", retry.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotAllowed, reader.Exit);
    }

    [Fact]
    public async Task Sensitivity_WithoutAReason_IsRefusedByTheCommandLine()
    {
        var run = await RunAsync("ingester", "documents", "sensitivity", "doc-00000000000000000000", "restricted");

        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("--reason", run.Error, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Out, string Error)> RunAsync(string role, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(
            [.. args, "--server", _app.Factory.BaseAddress.ToString(), "--api-key", _app.Factory.KeyFor(role)],
            new CliEnvironment(output, error, CliEnvironment.CreateHttpClient));
        return (exit, output.ToString(), error.ToString());
    }
}
