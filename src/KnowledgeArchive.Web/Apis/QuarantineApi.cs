using System.Text.Json.Serialization.Metadata;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Mapping;
using KnowledgeArchive.Web.Quarantine;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary>
/// Acting on a quarantined document (ingesters, auditors and admins): read it again, with a password or by OCR; set
/// its sensitivity; or record that it was reviewed and left unread. Each is audited with its note.
/// </summary>
public static class QuarantineApi
{
    private delegate Task<QuarantineOutcome> Act<in T>(QuarantineActions actions, HttpContext http, string id, T? body, CancellationToken cancellationToken);

    public static IEndpointRouteBuilder MapQuarantineApi(this IEndpointRouteBuilder app)
    {
        var json = ArchiveJsonContext.Default;
        var api = app.MapGroup("/api/documents/{id}").WithTags("Quarantine").RequireAuthorization(ArchivePolicies.Curating);
        Map(api, "/retry", json.DocumentActionDto, """{"note": "the PDF reader was improved"}""", readAgain: true,
                (a, http, id, body, ct) => a.RetryAsync(http.User, id, body?.Note, ct))
            .WithName("RetryDocument").WithSummary("Read a quarantined document again from its stored original");
        Map(api, "/password", json.PasswordRequestDto, """{"password": "…", "note": "from the finance team"}""", readAgain: true,
                (a, http, id, body, ct) => a.SupplyPasswordAsync(http.User, id, body?.Password, body?.Note, ct))
            .WithName("SupplyPassword").WithSummary("Read an encrypted PDF again with its password (used once, never kept)");
        Map(api, "/ocr", json.DocumentActionDto, """{"note": "the text is in the pictures"}""", readAgain: true,
                (a, http, id, body, ct) => a.RunOcrAsync(http.User, id, body?.Note, ct))
            .WithName("RunOcr").WithSummary("Read a quarantined PDF again with every page read by OCR");
        Map(api, "/sensitivity", json.SensitivityRequestDto, """{"sensitivity": "restricted", "reason": "names patients"}""", readAgain: false,
                (a, http, id, body, ct) => a.SetSensitivityAsync(http.User, id, body?.Sensitivity, body?.Reason, ct))
            .WithName("SetSensitivity").WithSummary("Make a quarantined document public or restricted, with the reason");
        Map(api, "/review", json.ReviewRequestDto, """{"note": "damaged copy; the clean one is in batch 12"}""", readAgain: false,
                (a, http, id, body, ct) => a.ReviewAsync(http.User, id, body?.Note, ct))
            .WithName("ReviewDocument").WithSummary("Record that a quarantined document was reviewed and left unread");
        return app;
    }

    private static RouteHandlerBuilder Map<T>(RouteGroupBuilder api, string path, JsonTypeInfo<T> type, string example, bool readAgain, Act<T> act)
        where T : class
    {
        var endpoint = api.MapPost(path, async Task<IResult> (string id, QuarantineActions actions, HttpContext http, CancellationToken cancellationToken) =>
        {
            var (body, error) = await JsonBody.ReadAsync(http.Request, type, example, cancellationToken);
            var outcome = error is null ? await act(actions, http, id, body, cancellationToken) : QuarantineOutcome.BadRequest(error);
            if (outcome.Document is not { } document)
            {
                return Problem(outcome);
            }

            var dto = document.ToDto().WithReview(outcome.Review);
            return readAgain ? TypedResults.Accepted($"/api/documents/{Uri.EscapeDataString(document.DocumentId)}", dto) : TypedResults.Ok(dto);
        });
        return endpoint.Accepts<T>("application/json")
            .Produces<DocumentDto>(readAgain ? StatusCodes.Status202Accepted : StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static ProblemHttpResult Problem(QuarantineOutcome outcome) =>
        TypedResults.Problem(outcome.Problem, statusCode: outcome.StatusCode, title: outcome.StatusCode switch
        {
            StatusCodes.Status404NotFound => "Document not found",
            StatusCodes.Status409Conflict => "Not possible in the document's state",
            _ => "Request not valid",
        });
}
