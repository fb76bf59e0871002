using System.Text;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion;
using KnowledgeArchive.Ingestion.Batches;
using KnowledgeArchive.Web.ApiDocument;
using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Mapping;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary>Bulk ingest: start a batch of a folder or zip, follow it, read its reconciliation report, re-run its failures.</summary>
public static class IngestApi
{
    private const int ListLimit = 200;

    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/ingest/batches").WithTags("Ingest").RequireAuthorization(ArchivePolicies.Ingesting);
        api.MapPost("/", BatchStartEndpoint.StartAsync)
            .Accepts<IngestBatchRequestDto>("application/json", "multipart/form-data")
            .AcceptsMultipartForm(BatchStartEndpoint.FormFields)
            .WithName("StartIngestBatch").WithSummary("Start a batch: a folder or .zip the service can read (JSON), or an uploaded .zip (form)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery()
            .Audited(AuditActions.BatchStart, (_, value) => (value is IngestBatchDto batch ? batch.BatchId : null, value is IngestBatchDto b ? $"{b.Source}: {b.InputPath}" : null));
        api.MapGet("/", ListAsync)
            .WithName("ListIngestBatches").WithSummary("List ingest batches, newest first");
        api.MapGet("/{id}", GetAsync)
            .WithName("GetIngestBatch").WithSummary("Get an ingest batch: its state, counts, the catalog sequence to search for and, unless files=false, every file's outcome")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/report.csv", ReportAsync).Audited(AuditActions.BatchReportExport, AuditEndpointFilter.Route("id"))
            .WithName("GetIngestBatchReport").WithSummary("The batch's reconciliation report: a CSV row per input file with its outcome")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id}/rerun", RerunAsync).DisableAntiforgery().Audited(AuditActions.BatchRerun, AuditEndpointFilter.Route("id"))
            .WithName("RerunIngestBatchFailures").WithSummary("Put the batch's quarantined files back to be read again")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IngestBatchListDto>> ListAsync(IIngestLedger ledger, OcrBacklog ocr, CancellationToken cancellationToken) =>
        TypedResults.Ok(new IngestBatchListDto([.. (await ledger.ListBatchesAsync(ListLimit, cancellationToken)).Select(b => b.ToDto(ocr))]));

    private static async Task<Results<Ok<IngestBatchDto>, ProblemHttpResult>> GetAsync(
        HttpContext http, IIngestLedger ledger, ICatalogFeed feed, OcrBacklog ocr, string id, bool? files, CancellationToken cancellationToken)
    {
        var batch = await ledger.FindBatchAsync(id, cancellationToken);
        if (batch is null)
        {
            return NotFound(id);
        }

        var dto = batch.ToDto(ocr, files == false ? null : await ledger.FilesAsync(id, http.RecordScope(), cancellationToken));
        // Read after the batch: every document it showed as indexed was saved at or before this sequence.
        return TypedResults.Ok(dto with { CatalogSequence = await feed.SequenceAsync(cancellationToken) });
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReportAsync(
        HttpContext http, IIngestLedger ledger, string id, CancellationToken cancellationToken)
    {
        if (await ledger.FindBatchAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        var csv = BatchReportCsv.Write(await ledger.FilesAsync(id, http.RecordScope(), cancellationToken));
        return TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{id}-report.csv");
    }

    private static async Task<Results<Accepted<IngestBatchDto>, ProblemHttpResult>> RerunAsync(
        IngestBatches batches, OcrBacklog ocr, string id, CancellationToken cancellationToken)
    {
        var batch = await batches.RerunFailuresAsync(id, cancellationToken);
        return batch is null ? NotFound(id) : TypedResults.Accepted($"/api/ingest/batches/{id}", batch.ToDto(ocr));
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"No ingest batch with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Batch not found");
}
