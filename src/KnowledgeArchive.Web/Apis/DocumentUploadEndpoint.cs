using System.Globalization;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Apis;

/// <summary><c>POST /api/documents</c>: 202 for new bytes (extraction follows), 200 with <c>duplicate</c> for bytes already held.</summary>
internal static class DocumentUploadEndpoint
{
    public const string UploadSource = "upload";

    public static async Task<Results<Accepted<UploadResultDto>, Ok<UploadResultDto>, ProblemHttpResult>> UploadAsync(
        DocumentIntake intake,
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

        var source = form["source"].ToString();
        var provenance = new Provenance(string.IsNullOrWhiteSpace(source) ? UploadSource : source.Trim(), fileName);
        await using var content = file.OpenReadStream();
        var outcome = await intake.AcceptAsync(content, fileName, provenance, cancellationToken);
        var result = new UploadResultDto(outcome.DocumentId!, outcome.Status.ToString().ToLowerInvariant());
        return outcome.Status == IngestStatus.Duplicate
            ? TypedResults.Ok(result)
            : TypedResults.Accepted($"/api/documents/{outcome.DocumentId}", result);
    }
}
