using System.Globalization;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion;
using KnowledgeArchive.Web.ApiDocument;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Apis;

/// <summary>
/// <c>POST /api/documents</c>: 202 for new bytes (extraction follows), 200 with <c>duplicate</c> for bytes already held.
/// Bytes already held as a document the caller may not see are answered as new bytes are (202, <c>pending</c>):
/// "duplicate" would tell a reader that the archive holds a restricted record with that content. The id it carries
/// is the one the caller can work out from the bytes themselves (<c>doc-</c> and the start of their SHA-256), and
/// it stays 404 to them, as does any upload that extraction finds to be restricted.
/// </summary>
internal static class DocumentUploadEndpoint
{
    public const string UploadSource = "upload";

    /// <summary>The form the endpoint reads, as the OpenAPI document describes it.</summary>
    public static readonly MultipartFormOpenApi.Field[] FormFields =
    [
        new("file", "The document (PDF, Word, OpenDocument, email…)", IsFile: true, Required: true),
        new("source", "Where it came from, kept as its provenance (default: upload)"),
        new("sensitivity", "public (the default) or restricted (only auditors and admins see it)", Values: [Sensitivities.Public, Sensitivities.Restricted]),
    ];

    public static async Task<Results<Accepted<UploadResultDto>, Ok<UploadResultDto>, ProblemHttpResult>> UploadAsync(
        DocumentIntake intake,
        IDocumentCatalog catalog,
        IOptions<ArchiveOptions> options,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem("Send the file as multipart/form-data in a field named 'file'.", statusCode: StatusCodes.Status400BadRequest);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || (ex is InvalidDataException && ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(
                string.Create(CultureInfo.InvariantCulture, $"The file is larger than the archive accepts: the limit is {options.Value.MaxFileBytes:N0} bytes (Archive:MaxFileBytes)."),
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "File too large");
        }
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return TypedResults.Problem("The form has no field named 'file': attach the document as 'file'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var fileName = Path.GetFileName(file.FileName);
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return TypedResults.Problem("The uploaded file has no name.", statusCode: StatusCodes.Status400BadRequest);
        }

        var sensitivity = form["sensitivity"].ToString().Trim().ToLowerInvariant();
        if (sensitivity.Length > 0 && sensitivity is not (Sensitivities.Public or Sensitivities.Restricted))
        {
            return TypedResults.Problem($"'sensitivity' must be {Sensitivities.Public} or {Sensitivities.Restricted}, not '{form["sensitivity"]}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var source = form["source"].ToString();
        var provenance = new Provenance(string.IsNullOrWhiteSpace(source) ? UploadSource : source.Trim(), fileName);
        await using var content = file.OpenReadStream();
        var defaults = new DocumentMetadata { Sensitivity = sensitivity.Length > 0 ? sensitivity : Sensitivities.Public };
        var outcome = await intake.AcceptAsync(content, fileName, provenance, defaults, cancellationToken);
        var visibleDuplicate = outcome.Status == IngestStatus.Duplicate
            && await catalog.FindAsync(outcome.DocumentId!, request.HttpContext.RecordScope(), cancellationToken) is not null;
        if (visibleDuplicate)
        {
            return TypedResults.Ok(new UploadResultDto(outcome.DocumentId!, "duplicate"));
        }

        var status = outcome.Status == IngestStatus.Duplicate ? IngestStatus.Pending : outcome.Status;
        return TypedResults.Accepted($"/api/documents/{outcome.DocumentId}", new UploadResultDto(outcome.DocumentId!, status.ToString().ToLowerInvariant()));
    }
}
