using System.Globalization;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Ingestion;
using KnowledgeArchive.Ingestion.Batches;
using KnowledgeArchive.Web.ApiDocument;
using KnowledgeArchive.Web.Mapping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Apis;

/// <summary>
/// <c>POST /api/ingest/batches</c>: JSON <c>{path, source}</c> for a folder or zip the service can read, or a
/// multipart upload of a .zip (field <c>file</c>, with <c>source</c>), kept under <c>uploads/</c> as the batch's input.
/// </summary>
internal static class BatchStartEndpoint
{
    /// <summary>The form of an uploaded batch, as the OpenAPI document describes it.</summary>
    public static readonly MultipartFormOpenApi.Field[] FormFields =
    [
        new("file", "A .zip of the documents", IsFile: true, Required: true),
        new("source", "A configured source, kept as the files' provenance", Required: true),
    ];

    public static async Task<Results<Accepted<IngestBatchDto>, ProblemHttpResult>> StartAsync(
        IngestBatches batches, OcrBacklog ocr, ArchivePaths paths, IOptions<ArchiveOptions> options, HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var batch = request.HasFormContentType
                ? await StartFromUploadAsync(batches, paths, options.Value, request, cancellationToken)
                : await StartFromPathAsync(batches, request, cancellationToken);
            return TypedResults.Accepted($"/api/ingest/batches/{batch.BatchId}", batch.ToDto(ocr));
        }
        catch (BatchRequestException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Batch not started");
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || (ex is InvalidDataException && ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(
                string.Create(CultureInfo.InvariantCulture, $"The zip is larger than the archive accepts as an upload: the limit is {options.Value.MaxFileBytes:N0} bytes (Archive:MaxFileBytes). Put it where the service can read it and send its path instead."),
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "File too large");
        }
    }

    private static async Task<Core.Ingestion.IngestBatch> StartFromPathAsync(IngestBatches batches, HttpRequest request, CancellationToken cancellationToken)
    {
        IngestBatchRequestDto? body;
        try
        {
            body = await request.ReadFromJsonAsync(ArchiveJsonContext.Default.IngestBatchRequestDto, cancellationToken);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            throw new BatchRequestException($"Send JSON {{\"path\": \"/folder/or/archive.zip\", \"source\": \"name\"}}, or a .zip as multipart field 'file': {ex.Message}", ex);
        }

        if (body is null)
        {
            throw new BatchRequestException("Send JSON {\"path\": \"/folder/or/archive.zip\", \"source\": \"name\"}, or a .zip as multipart field 'file'.");
        }

        return await batches.StartAsync(body.Path, body.Source, cancellationToken);
    }

    private static async Task<Core.Ingestion.IngestBatch> StartFromUploadAsync(
        IngestBatches batches, ArchivePaths paths, ArchiveOptions options, HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file") ?? throw new BatchRequestException("The form has no field named 'file': attach the .zip as 'file'.");
        var name = Path.GetFileName(file.FileName);
        var folder = Path.Combine(paths.UploadsDirectory, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, string.IsNullOrWhiteSpace(name) ? "upload.zip" : name);
        await using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await file.CopyToAsync(output, cancellationToken);
            await output.FlushAsync(cancellationToken);
        }

        try
        {
            return await batches.StartAsync(target, form["source"].ToString(), cancellationToken);
        }
        catch (BatchRequestException ex)
        {
            Directory.Delete(folder, recursive: true);
            throw new BatchRequestException(ex.Message.Replace(target, $"the uploaded file '{name}'", StringComparison.Ordinal), ex);
        }
    }
}
