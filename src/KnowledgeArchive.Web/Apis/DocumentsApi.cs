using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Web.ApiDocument;
using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Mapping;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary>Documents: upload, look up, read pages, download originals.</summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents");
        api.MapPost("/", DocumentUploadEndpoint.UploadAsync).DisableAntiforgery()
            .RequireAuthorization(ArchivePolicies.Ingesting)
            .WithName("UploadDocument").WithSummary("Upload a document")
            .WithDescription("202 with the new document's id while it is read (status pending); 200 with status duplicate and the existing id for bytes the archive already holds.")
            .AcceptsMultipartForm(DocumentUploadEndpoint.FormFields)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .Audited(AuditActions.Upload, (_, value) => ((value as UploadResultDto)?.DocumentId, (value as UploadResultDto)?.Status));
        api.MapGet("/", ListAsync)
            .WithName("ListDocuments").WithSummary("List documents, or look one up by its original file name or SHA-256")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/{id}", GetAsync).Audited(AuditActions.DocumentView, AuditEndpointFilter.Route("id"))
            .WithName("GetDocument").WithSummary("Get a document: metadata, status, decisions, attachments")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/pages/{pageNumber:int}", GetPageAsync)
            .Audited(AuditActions.PageView, (http, _) => (http.GetRouteValue("id")?.ToString(), "page " + http.GetRouteValue("pageNumber")))
            .WithName("GetPage").WithSummary("Get the text of one page of a document, and how it was read when by OCR")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/pages/{pageNumber:int}/image", GetPageImageAsync)
            .Audited(AuditActions.PageView, (http, _) => (http.GetRouteValue("id")?.ToString(), "page image " + http.GetRouteValue("pageNumber")))
            .WithName("GetPageImage").WithSummary("Get the kept picture of a page read by OCR")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg", additionalContentTypes: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/file", DownloadAsync).Audited(AuditActions.DocumentDownload, AuditEndpointFilter.Route("id"))
            .WithName("DownloadDocument").WithSummary("Download a document's original bytes, with their content type")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status500InternalServerError);
        return app;
    }

    private static async Task<Results<Ok<DocumentListDto>, ProblemHttpResult>> ListAsync(
        HttpContext http,
        IDocumentCatalog catalog,
        string? fileName,
        string? sha256,
        string? status,
        string? page,
        string? pageSize,
        CancellationToken cancellationToken)
    {
        DocumentStatus? statusFilter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<DocumentStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return TypedResults.Problem("'status' must be pending, indexed or quarantined.", statusCode: StatusCodes.Status400BadRequest);
            }

            statusFilter = parsed;
        }

        if (!Paging.TryParse(page, pageSize, out var pageNumber, out var size, out var error))
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }

        var list = await catalog.ListAsync(
            new DocumentQuery(NullIfBlank(fileName), NullIfBlank(sha256)?.ToLowerInvariant(), statusFilter, pageNumber, size, http.RecordScope()),
            cancellationToken);
        return TypedResults.Ok(new DocumentListDto(list.Total, [.. list.Items.Select(d => d.ToDto())]));
    }

    private static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> GetAsync(
        HttpContext http, IDocumentCatalog catalog, IDecisionStore decisions, IQuarantineReviews reviews, string id, CancellationToken cancellationToken)
    {
        var record = await catalog.FindAsync(id, http.RecordScope(), cancellationToken);
        if (record is null)
        {
            return NotFound(id);
        }

        var scope = http.RecordScope();
        var review = record.Status == DocumentStatus.Quarantined ? await reviews.FindAsync(id, cancellationToken) : null;
        return TypedResults.Ok(record.ToDto(await decisions.ForDocumentAsync(id, cancellationToken), await decisions.PolicyAsync(id, cancellationToken)).WithReview(review) with
        {
            Attachments = [.. (await catalog.GetAttachmentsAsync(id, scope, cancellationToken)).Select(a => new AttachmentDto(a.Ordinal, a.FileName, a.DocumentId, a.BatchId))],
            AttachedTo = [.. (await catalog.GetAttachedToAsync(id, scope, cancellationToken)).Select(a => new AttachedToDto(a.DocumentId, a.FileName, a.Title, a.AttachedAs))],
        });
    }

    private static async Task<Results<Ok<PageDto>, ProblemHttpResult>> GetPageAsync(
        HttpContext http, IDocumentCatalog catalog, string id, int pageNumber, CancellationToken cancellationToken)
    {
        var record = await catalog.FindAsync(id, http.RecordScope(), cancellationToken);
        if (record is null)
        {
            return NotFound(id);
        }

        var page = await catalog.GetPageAsync(id, pageNumber, cancellationToken);
        if (page is null)
        {
            return TypedResults.Problem(
                $"Document {id} has no page {pageNumber}: it has {record.PageCount} page(s).",
                statusCode: StatusCodes.Status404NotFound,
                title: "Page not found");
        }

        // Only a page read by OCR has a picture to look up.
        var ocr = page.Ocr is { } read
            ? new PageOcrDto(read.MeanConfidence, read.Words, read.Dpi, read.Failure, (await catalog.PagesWithImagesAsync(id, cancellationToken)).Contains(pageNumber)
                ? $"/api/documents/{Uri.EscapeDataString(id)}/pages/{page.Number}/image"
                : null)
            : null;
        return TypedResults.Ok(new PageDto(page.Number, page.Text) { Ocr = ocr });
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPageImageAsync(
        HttpContext http, IDocumentCatalog catalog, string id, int pageNumber, CancellationToken cancellationToken)
    {
        var record = await catalog.FindAsync(id, http.RecordScope(), cancellationToken);
        if (record is null)
        {
            return NotFound(id);
        }

        var image = await catalog.GetPageImageAsync(id, pageNumber, cancellationToken);
        return image is null
            ? TypedResults.Problem(
                $"Page {pageNumber} of document {id} has no kept picture: only pages read by OCR keep one.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Page picture not found")
            : TypedResults.File(image.Content, image.MediaType, $"{id}-page-{pageNumber}{(image.MediaType == "image/png" ? ".png" : ".jpg")}");
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        HttpContext http, IDocumentCatalog catalog, IOriginalStore originals, string id, CancellationToken cancellationToken)
    {
        // A document the caller may not see is not found, as if it did not exist: a 403 would say it does.
        var record = await catalog.FindAsync(id, http.RecordScope(), cancellationToken);
        if (record is null)
        {
            return NotFound(id);
        }

        if (!originals.Exists(record.Sha256))
        {
            return TypedResults.Problem(
                $"The original of document {id} is missing from the store; run a fixity check.",
                statusCode: StatusCodes.Status500InternalServerError,
                title: "Original missing");
        }

        return TypedResults.Stream(
            originals.OpenRead(record.Sha256),
            record.Format.MediaType,
            record.FileName,
            lastModified: record.IngestedAt,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{record.Sha256}\""));
    }

    internal static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"No document with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Document not found");

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
