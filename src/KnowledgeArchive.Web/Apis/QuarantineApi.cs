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
    public static IEndpointRouteBuilder MapQuarantineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents/{id}").WithTags("Quarantine").RequireAuthorization(ArchivePolicies.Curating);
        api.MapPost("/retry", (string id, DocumentActionDto? request, QuarantineActions actions, HttpContext http, CancellationToken cancellationToken) =>
                ReadAgainAsync(actions.RetryAsync(http.User, id, request?.Note, cancellationToken)))
            .WithName("RetryDocument").WithSummary("Read a quarantined document again from its stored original");
        api.MapPost("/password", (string id, PasswordRequestDto? request, QuarantineActions actions, HttpContext http, CancellationToken cancellationToken) =>
                ReadAgainAsync(actions.SupplyPasswordAsync(http.User, id, request?.Password, request?.Note, cancellationToken)))
            .WithName("SupplyPassword").WithSummary("Read an encrypted PDF again with its password (used once, never kept)");
        api.MapPost("/ocr", (string id, DocumentActionDto? request, QuarantineActions actions, HttpContext http, CancellationToken cancellationToken) =>
                ReadAgainAsync(actions.RunOcrAsync(http.User, id, request?.Note, cancellationToken)))
            .WithName("RunOcr").WithSummary("Read a quarantined PDF again with every page read by OCR");
        api.MapPost("/sensitivity", (string id, SensitivityRequestDto? request, QuarantineActions actions, HttpContext http, CancellationToken cancellationToken) =>
                ChangedAsync(actions.SetSensitivityAsync(http.User, id, request?.Sensitivity, request?.Reason, cancellationToken)))
            .WithName("SetSensitivity").WithSummary("Make a quarantined document public or restricted, with the reason");
        api.MapPost("/review", (string id, ReviewRequestDto? request, QuarantineActions actions, HttpContext http, CancellationToken cancellationToken) =>
                ChangedAsync(actions.ReviewAsync(http.User, id, request?.Note, cancellationToken)))
            .WithName("ReviewDocument").WithSummary("Record that a quarantined document was reviewed and left unread");
        return app;
    }

    private static async Task<Results<Accepted<DocumentDto>, ProblemHttpResult>> ReadAgainAsync(Task<QuarantineOutcome> action)
    {
        var outcome = await action;
        return outcome.Document is { } document
            ? TypedResults.Accepted($"/api/documents/{Uri.EscapeDataString(document.DocumentId)}", document.ToDto())
            : Problem(outcome);
    }

    private static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> ChangedAsync(Task<QuarantineOutcome> action)
    {
        var outcome = await action;
        return outcome.Document is { } document ? TypedResults.Ok(document.ToDto().WithReview(outcome.Review)) : Problem(outcome);
    }

    private static ProblemHttpResult Problem(QuarantineOutcome outcome) =>
        TypedResults.Problem(outcome.Problem, statusCode: outcome.StatusCode, title: outcome.StatusCode switch
        {
            StatusCodes.Status404NotFound => "Document not found",
            StatusCodes.Status409Conflict => "Not possible in the document's state",
            _ => "Request not valid",
        });
}
