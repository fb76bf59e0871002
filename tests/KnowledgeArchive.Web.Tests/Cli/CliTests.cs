using KnowledgeArchive.Cli;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Cli;

public sealed class CliTests : IClassFixture<ArchiveAppFixture>, IDisposable
{
    private readonly ArchiveAppFixture _app;
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("ka-cli-").FullName;

    public CliTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Search_ListsTheMatchingDecisions_BeforeTheDocuments()
    {
        var file = Path.Combine(_workDirectory, "GB minutes hearing aids.pdf");
        await File.WriteAllBytesAsync(file, SampleMinutes.Pdf("adult hearing aid service", "REJECTED"));
        var upload = await RunAsync("upload", file);
        Assert.Equal(ExitCodes.Success, upload.Exit);

        var search = await RunAsync("search", "hearing aids");

        Assert.Equal(ExitCodes.Success, search.Exit);
        var lines = search.Out.Split('\n');
        // The decision's line, not the document's snippet, which (unmarked) quotes the same heading.
        var decision = Assert.Single(lines, l => l.Contains("GB18/042", StringComparison.Ordinal) && l.Contains("hearing aid", StringComparison.Ordinal) && l.Contains("rejected", StringComparison.Ordinal));
        Assert.Contains("2018-06-12", decision, StringComparison.Ordinal);
        Assert.Contains("rejected", decision, StringComparison.Ordinal);
        Assert.Contains("Governing Body, NHS Hartwell CCG", decision, StringComparison.Ordinal);
        Assert.True(Array.IndexOf(lines, decision) < Array.FindIndex(lines, l => l.Contains("GB minutes hearing aids.pdf", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Search_Outcome_KeepsDocumentsRecordingIt_AndAnUnknownOneIsRefused()
    {
        var file = Path.Combine(_workDirectory, "GB minutes grommets.pdf");
        await File.WriteAllBytesAsync(file, SampleMinutes.Pdf("grommet insertion service", "DEFERRED"));
        Assert.Equal(ExitCodes.Success, (await RunAsync("upload", file)).Exit);

        // The upload returns once the document is indexed; a search sees it once the index is published.
        var deferred = await Eventually.GetAsync(
            async () => await RunAsync("search", "grommet", "--outcome", "deferred") is { Exit: ExitCodes.Success } r && r.Out.Contains("GB minutes grommets.pdf", StringComparison.Ordinal) ? r.Out : null,
            what: "the grommet minutes in a search for deferred decisions");
        var rejected = await RunAsync("search", "grommet", "--outcome", "rejected");
        var unknown = await RunAsync("search", "grommet", "--outcome", "perhaps");

        Assert.Contains("deferred", deferred, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, rejected.Exit);
        Assert.StartsWith("No documents match.", rejected.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, unknown.Exit);
        Assert.Contains("'outcome' must be one of", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ThenSearch_ThenShow_ThroughTheRealService()
    {
        var file = Path.Combine(_workDirectory, "PCCC minutes 17.03.16.docx");
        await File.WriteAllBytesAsync(file, SampleFiles.Docx("Primary Care Commissioning Committee", "Opening remarks.", "The committee approved the extended access scheme for practices."));

        var upload = await RunAsync("upload", file);
        Assert.Equal(ExitCodes.Success, upload.Exit);
        Assert.Contains("indexed doc-", upload.Out, StringComparison.Ordinal);
        var id = upload.Out.Split(' ', StringSplitOptions.RemoveEmptyEntries).Single(w => w.StartsWith("doc-", StringComparison.Ordinal)).Trim();

        var search = await RunAsync("search", "extended access scheme");
        Assert.Equal(ExitCodes.Success, search.Exit);
        Assert.Contains(id, search.Out, StringComparison.Ordinal);
        Assert.Contains("page 2", search.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("»", search.Out, StringComparison.Ordinal);

        var show = await RunAsync("show", id);
        Assert.Equal(ExitCodes.Success, show.Exit);
        Assert.Contains("PCCC minutes 17.03.16.docx", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_EncryptedOrBrokenFile_ExitsFailedWithReason()
    {
        var file = Path.Combine(_workDirectory, "empty.pdf");
        await File.WriteAllBytesAsync(file, []);

        var upload = await RunAsync("upload", file);

        Assert.Equal(ExitCodes.Failed, upload.Exit);
        Assert.Contains("quarantined", upload.Out, StringComparison.Ordinal);
        Assert.Contains("empty", upload.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BadQuery_ExitsInvalidInputWithMessage()
    {
        var search = await RunAsync("search", "\"unclosed");

        Assert.Equal(ExitCodes.InvalidInput, search.Exit);
        Assert.StartsWith("error: ", search.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_MissingFile_ExitsInvalidInput()
    {
        var upload = await RunAsync("upload", Path.Combine(_workDirectory, "nope.pdf"));

        Assert.Equal(ExitCodes.InvalidInput, upload.Exit);
        Assert.Contains("no such file", upload.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCommand_ServiceDown_ExitsUnavailable()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(["search", "x", "--server", "http://127.0.0.1:9"], new CliEnvironment(output, error, CliEnvironment.CreateHttpClient));

        Assert.Equal(ExitCodes.ServiceUnavailable, exit);
        Assert.Contains("cannot reach", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_PrintsTheServiceReply()
    {
        var file = Path.Combine(_workDirectory, "json.pdf");
        await File.WriteAllBytesAsync(file, SampleFiles.Pdf("JSON output", "Text for the json check."));
        var upload = await RunAsync("upload", file, "--no-wait");
        var id = upload.Out.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        await _app.WaitForStatusAsync(id, "indexed");

        var show = await RunAsync("show", id, "--json");

        ContractSchemas.AssertValid("document.schema.json", show.Out);
    }

    [Fact]
    public async Task Trace_ByReference_PrintsTheChainWithEvidence_AndExportWritesAnEvidencePack_OverAFileOnlyWithForce()
    {
        var (committee, ratification) = SampleMinutes.RatifiedPair("wound care service", "PCCC/18/060", "GB18/060");
        var committeeFile = Path.Combine(_workDirectory, "pccc wound care.pdf");
        var ratificationFile = Path.Combine(_workDirectory, "gb wound care.pdf");
        var closedownFile = Path.Combine(_workDirectory, "closedown report.docx");
        await File.WriteAllBytesAsync(committeeFile, committee);
        await File.WriteAllBytesAsync(ratificationFile, ratification);
        await File.WriteAllBytesAsync(closedownFile, SampleMinutes.ClosedownReport("PCCC/18/060", "08/05/2018", "Wound care service"));
        Assert.Equal(ExitCodes.Success, (await RunAsync("upload", committeeFile, ratificationFile, closedownFile)).Exit);
        var api = _app.Factory.CreateApi();
        var approved = Assert.Single((await api.ListDecisionsAsync(reference: "PCCC/18/060")).Items);
        await Eventually.GetAsync(async () => (await api.GetLineageAsync(approved.DecisionId)).Edges.Count > 1 ? "linked" : null, what: "the links");

        var trace = await RunAsync("trace", "PCCC/18/060");

        Assert.Equal(ExitCodes.Success, trace.Exit);
        Assert.Contains("ratified by GB18/060 (reference)", trace.Out, StringComparison.Ordinal);
        Assert.Contains("referred to by the document doc-", trace.Out, StringComparison.Ordinal);
        Assert.Contains("* 2018-05-08  PCCC/18/060", trace.Out, StringComparison.Ordinal);

        var pack = Path.Combine(_workDirectory, "pack.zip");
        var export = await RunAsync("export-lineage", "PCCC/18/060", "--format", "zip", "--output", pack, "--reason", "contract review");
        Assert.Equal(ExitCodes.Success, export.Exit);
        using var zip = System.IO.Compression.ZipFile.OpenRead(pack);
        Assert.NotNull(zip.GetEntry("manifest.json"));
        Assert.Contains("contract review", new StreamReader(zip.GetEntry("report.html")!.Open()).ReadToEnd(), StringComparison.Ordinal);
        Assert.Equal(3, zip.Entries.Count(e => e.FullName.StartsWith("originals/", StringComparison.Ordinal)));

        var csv = Path.Combine(_workDirectory, "lineage.csv");
        await File.WriteAllTextAsync(csv, "kept");
        var refused = await RunAsync("export-lineage", "PCCC/18/060", "--format", "csv", "--output", csv);
        Assert.Equal(ExitCodes.InvalidInput, refused.Exit);
        Assert.Contains($"{csv} already exists: pass --force to overwrite it", refused.Error, StringComparison.Ordinal);
        Assert.Equal("kept", await File.ReadAllTextAsync(csv));

        var forced = await RunAsync("export-lineage", "PCCC/18/060", "--format", "csv", "--output", csv, "--force");
        Assert.Equal(ExitCodes.Success, forced.Exit);
        Assert.Contains("PCCC/18/060", await File.ReadAllTextAsync(csv), StringComparison.Ordinal);

        var nowhere = Path.Combine(_workDirectory, "no-such-folder", "lineage.csv");
        var unwritable = await RunAsync("export-lineage", "PCCC/18/060", "--format", "csv", "--output", nowhere);
        Assert.Equal(ExitCodes.InvalidInput, unwritable.Exit);
        Assert.StartsWith($"error: cannot write {nowhere}: ", unwritable.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trace_UnknownReference_ExitsInvalidInputWithMessage()
    {
        var trace = await RunAsync("trace", "ZZ99/999");

        Assert.Equal(ExitCodes.InvalidInput, trace.Exit);
        Assert.Contains("no decision has the reference 'ZZ99/999'", trace.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

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
