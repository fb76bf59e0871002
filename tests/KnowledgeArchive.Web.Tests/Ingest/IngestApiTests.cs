using System.Net;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Ingest;

public sealed class IngestApiTests : IClassFixture<ArchiveAppFixture>, IDisposable
{
    private readonly ArchiveAppFixture _app;
    private readonly string _input = Directory.CreateTempSubdirectory("ka-batch-api-").FullName;

    public IngestApiTests(ArchiveAppFixture app) => _app = app;

    public void Dispose() => Directory.Delete(_input, recursive: true);

    [Fact]
    public async Task Batch_ReportsEveryFile_TotalsReconcile_AndRepliesMatchTheSchemas()
    {
        var minutes = SampleFiles.Pdf("Bulk API minutes", "The committee approved the bulk loading plan.");
        BatchInput.Write(_input, "minutes.pdf", minutes);
        BatchInput.Write(_input, "sub/again.pdf", minutes);
        BatchInput.Write(_input, "readme.wpd", [0xFF, 0x57, 0x50, 0x43, .. "an old WordPerfect file"u8]);
        BatchInput.Write(_input, "broken.pdf", BatchInput.CorruptPdf());
        BatchInput.Write(_input, "pack.zip", BatchInput.Zip(
            ("papers/policy.docx", SampleFiles.Docx("Bulk API policy", "Policy for bulk loading of zipped papers.")),
            ("../escape.pdf", SampleFiles.Pdf("Escape", "Should never be read."))));
        var api = _app.Factory.CreateApi();

        var started = await api.StartBatchAsync(new IngestBatchRequestDto(_input, BatchInput.Source));
        var batch = await Eventually.GetAsync(async () => (await api.GetBatchAsync(started.BatchId)) is { State: "completed" } b ? b : null, TimeSpan.FromSeconds(60), "the batch");

        Assert.Equal(new IngestCountsDto(Total: 6, Indexed: 2, Duplicate: 1, Quarantined: 3, Skipped: 0, Pending: 0), batch.Counts);
        Assert.Equal(batch.Counts.Total, batch.Files.Count);
        Assert.Equal("unsafe_path", batch.Files.Single(f => f.Path == "pack.zip!/../escape.pdf").ReasonCode);
        Assert.Equal("corrupt", batch.Files.Single(f => f.Path == "broken.pdf").ReasonCode);
        Assert.Equal("unsupported_format", batch.Files.Single(f => f.Path == "readme.wpd").ReasonCode);
        var zipped = batch.Files.Single(f => f.Path == "pack.zip!/papers/policy.docx");
        Assert.Equal("indexed", zipped.Status);

        using var http = _app.Factory.CreateClient();
        ContractSchemas.AssertValid("ingest-batch.schema.json", await http.GetStringAsync(new Uri($"/api/ingest/batches/{batch.BatchId}", UriKind.Relative)));
        ContractSchemas.AssertValid("ingest-batch-list.schema.json", await http.GetStringAsync(new Uri("/api/ingest/batches", UriKind.Relative)));
        var documentJson = await http.GetStringAsync(new Uri($"/api/documents/{zipped.DocumentId}", UriKind.Relative));
        ContractSchemas.AssertValid("document.schema.json", documentJson);
        var document = await api.GetDocumentAsync(zipped.DocumentId!);
        Assert.Equal("papers/policy.docx", document.EntryPath);
        Assert.Equal(zipped.ArchiveSha256, document.ArchiveSha256);
        Assert.Equal(batch.BatchId, document.BatchId);
        Assert.Equal(BatchInput.Source, document.Source);

        using var report = await api.GetBatchReportAsync(batch.BatchId);
        Assert.Equal("text/csv", report.Content.Headers.ContentType?.MediaType);
        var rows = (await report.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("path,status,reason_code", rows[0], StringComparison.Ordinal);
        Assert.Equal(batch.Counts.Total, rows.Length - 1);
        Assert.Equal(batch.Counts.Quarantined, rows.Count(r => r.Split(',')[1] == "quarantined"));
        Assert.Contains((await api.ListBatchesAsync()).Items, b => b.BatchId == batch.BatchId);
    }

    [Fact]
    public async Task RerunFailures_ReadsTheQuarantinedFilesAgain()
    {
        BatchInput.Write(_input, "broken.pdf", BatchInput.CorruptPdf());
        var api = _app.Factory.CreateApi();
        var started = await api.StartBatchAsync(new IngestBatchRequestDto(_input, BatchInput.Source));
        await Eventually.GetAsync(async () => (await api.GetBatchAsync(started.BatchId)) is { State: "completed" } b ? b : null, TimeSpan.FromSeconds(60), "the batch");

        var rerun = await api.RerunBatchFailuresAsync(started.BatchId);
        var again = await Eventually.GetAsync(async () => (await api.GetBatchAsync(started.BatchId)) is { State: "completed" } b ? b : null, TimeSpan.FromSeconds(60), "the re-run");

        Assert.Equal(started.BatchId, rerun.BatchId);
        Assert.Equal(1, again.Counts.Quarantined);
        Assert.Equal(1, again.Counts.Total);
    }

    [Theory]
    [InlineData("no-such-source", null, "No ingest source is named 'no-such-source'")]
    [InlineData(BatchInput.Source, "relative/folder", "must be absolute")]
    [InlineData(BatchInput.Source, "/no/such/folder/anywhere", "There is no folder or zip at /no/such/folder/anywhere")]
    public async Task StartBatch_BadRequest_Is400_SayingWhatToFix(string source, string? path, string message)
    {
        var api = _app.Factory.CreateApi();

        var error = await Assert.ThrowsAsync<ApiException>(() => api.StartBatchAsync(new IngestBatchRequestDto(path ?? _input, source)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains(message, error.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartBatch_OnASingleDocument_Is400_PointingToUpload()
    {
        var file = Path.Combine(_input, "single.pdf");
        await File.WriteAllBytesAsync(file, SampleFiles.Pdf("Single", "One file."));

        var error = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApi().StartBatchAsync(new IngestBatchRequestDto(file, BatchInput.Source)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("not a folder or a zip", error.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadedZip_IsIngestedAsABatch_AndANonZipUploadRefused()
    {
        var zip = BatchInput.Zip(("uploaded/minutes.pdf", SampleFiles.Pdf("Uploaded zip minutes", "Minutes sent as an uploaded zip.")));
        var api = _app.Factory.CreateApi();

        var started = await api.UploadBatchAsync(new Refit.StreamPart(new MemoryStream(zip), "transfer.zip", "application/zip"), BatchInput.Source);
        var batch = await Eventually.GetAsync(async () => (await api.GetBatchAsync(started.BatchId)) is { State: "completed" } b ? b : null, TimeSpan.FromSeconds(60), "the batch");
        var pdf = SampleFiles.Pdf("Not a zip", "A single paper.");
        var refused = await Assert.ThrowsAsync<ApiException>(() => api.UploadBatchAsync(new Refit.StreamPart(new MemoryStream(pdf), "paper.pdf", "application/pdf"), BatchInput.Source));

        Assert.Equal("transfer.zip!/uploaded/minutes.pdf", Assert.Single(batch.Files).Path);
        Assert.Equal("indexed", batch.Files[0].Status);
        Assert.StartsWith(Path.Combine(_app.Factory.DataDirectory, "uploads"), batch.InputPath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("the uploaded file 'paper.pdf' is a PDF document, not a folder or a zip", refused.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownBatch_Is404()
    {
        var error = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApi().GetBatchAsync("batch-nope"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }
}
