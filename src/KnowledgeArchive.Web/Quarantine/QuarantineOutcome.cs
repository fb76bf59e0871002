using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Web.Quarantine;

/// <summary>What an action on a quarantined document came to: the document as it now is, or why nothing was done.</summary>
/// <param name="Document">The document after the action; null when it was refused.</param>
/// <param name="Review">The review recorded, for a review.</param>
/// <param name="StatusCode">400 (bad request), 404 (not found in the caller's scope) or 409 (not in a state for it) when refused.</param>
/// <param name="Problem">Why it was refused, in words a person can act on.</param>
public sealed record QuarantineOutcome(DocumentRecord? Document, QuarantineReview? Review, int StatusCode, string? Problem)
{
    public bool Succeeded => Document is not null;

    public static QuarantineOutcome Done(DocumentRecord document, QuarantineReview? review = null) => new(document, review, StatusCodes.Status200OK, null);

    public static QuarantineOutcome BadRequest(string problem) => new(null, null, StatusCodes.Status400BadRequest, problem);

    public static QuarantineOutcome NotFound(string id) => new(null, null, StatusCodes.Status404NotFound, $"No document with id '{id}'.");

    public static QuarantineOutcome Conflict(string problem) => new(null, null, StatusCodes.Status409Conflict, problem);
}
