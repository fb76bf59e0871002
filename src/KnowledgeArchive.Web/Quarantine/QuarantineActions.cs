using System.Security.Claims;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Extraction.Ocr;
using KnowledgeArchive.Ingestion;
using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Security;

namespace KnowledgeArchive.Web.Quarantine;

/// <summary>
/// The actions on a quarantined document, for the API and the UI alike: each checks the request, that the caller's
/// scope sees the document (else it is not found, as if absent) and that it is quarantined, then acts and records
/// who did what, and their note, in the audit log. A password is never recorded anywhere.
/// </summary>
public sealed class QuarantineActions(IDocumentCatalog catalog, QuarantinedDocuments quarantined, OcrEngine ocr, AuditTrail audit)
{
    public const int MaxNoteLength = 2000;
    public const int MaxPasswordLength = 1024;

    public Task<QuarantineOutcome> RetryAsync(ClaimsPrincipal user, string id, string? note, CancellationToken cancellationToken) =>
        ActAsync(user, id, NoteProblem(note, required: false), _ => null, AuditActions.DocumentRetry, Trim(note), async record =>
            QuarantineOutcome.Done(await quarantined.ReadAgainAsync(record, null, cancellationToken)), cancellationToken);

    public Task<QuarantineOutcome> SupplyPasswordAsync(ClaimsPrincipal user, string id, string? password, string? note, CancellationToken cancellationToken)
    {
        var problem = string.IsNullOrEmpty(password) ? "Give the PDF's 'password'."
            : password.Length > MaxPasswordLength ? $"A password may be at most {MaxPasswordLength} characters long."
            : note?.Contains(password, StringComparison.Ordinal) == true ? "The note must not contain the password: the note is kept in the audit log."
            : NoteProblem(note, required: false);
        return ActAsync(user, id, problem, PasswordConflict, AuditActions.DocumentPassword, Join("password supplied", note), async record =>
            QuarantineOutcome.Done(await quarantined.ReadAgainAsync(record, new OneOffExtraction(password, ForceOcr: false), cancellationToken)),
            cancellationToken);
    }

    public Task<QuarantineOutcome> RunOcrAsync(ClaimsPrincipal user, string id, string? note, CancellationToken cancellationToken) =>
        ActAsync(user, id, NoteProblem(note, required: false), OcrConflict, AuditActions.DocumentOcr, Trim(note), async record =>
            QuarantineOutcome.Done(await quarantined.ReadAgainAsync(record, new OneOffExtraction(null, ForceOcr: true), cancellationToken)), cancellationToken);

    public Task<QuarantineOutcome> SetSensitivityAsync(ClaimsPrincipal user, string id, string? sensitivity, string? reason, CancellationToken cancellationToken)
    {
        var value = sensitivity?.Trim().ToLowerInvariant();
        var problem = value is not (Sensitivities.Public or Sensitivities.Restricted)
            ? $"'sensitivity' must be {Sensitivities.Public} or {Sensitivities.Restricted}, not '{sensitivity}'."
            : NoteProblem(reason, required: true, "reason");
        return ActAsync(user, id, problem, _ => null, AuditActions.DocumentSensitivity, Join(value ?? string.Empty, reason), async record =>
            QuarantineOutcome.Done(await quarantined.SetSensitivityAsync(record, value!, Trim(reason)!, cancellationToken)), cancellationToken);
    }

    public Task<QuarantineOutcome> ReviewAsync(ClaimsPrincipal user, string id, string? note, CancellationToken cancellationToken) =>
        ActAsync(user, id, NoteProblem(note, required: true), _ => null, AuditActions.DocumentReview, Trim(note), async record =>
        {
            var reviewer = user.Identity?.Name ?? AuditActions.Anonymous;
            var review = await quarantined.ReviewAsync(record, reviewer, user.KeyIdOf(), Trim(note)!, cancellationToken);
            return QuarantineOutcome.Done(record, review);
        }, cancellationToken);

    private async Task<QuarantineOutcome> ActAsync(
        ClaimsPrincipal user,
        string id,
        string? badRequest,
        Func<DocumentRecord, string?> conflict,
        string action,
        string? detail,
        Func<DocumentRecord, Task<QuarantineOutcome>> act,
        CancellationToken cancellationToken)
    {
        if (badRequest is not null)
        {
            return QuarantineOutcome.BadRequest(badRequest);
        }

        var record = await catalog.FindAsync(id, user.RecordScope(), cancellationToken);
        if (record is null)
        {
            return QuarantineOutcome.NotFound(id);
        }

        if ((StateConflict(record) ?? conflict(record)) is { } problem)
        {
            return QuarantineOutcome.Conflict(problem);
        }

        var outcome = await act(record);
        await audit.RecordAsync(user, action, id, detail, cancellationToken);
        return outcome;
    }

    private static string? StateConflict(DocumentRecord record) => record.Status switch
    {
        DocumentStatus.Quarantined => null,
        DocumentStatus.Pending => $"Document {record.DocumentId} is being read now: wait for its outcome, then act on it if it is quarantined.",
        _ => $"Document {record.DocumentId} is {record.Status.ToString().ToLowerInvariant()}, not quarantined: "
            + "only a quarantined document can be acted on here.",
    };

    private static string? PasswordConflict(DocumentRecord record) =>
        record.QuarantineReason?.Code == QuarantineCodes.Encrypted && record.Format == FileFormat.Pdf
            ? null
            : $"Only an encrypted PDF can be opened with a password; document {record.DocumentId} is a {record.Format.Description} "
                + $"quarantined as {record.QuarantineReason?.Code}.";

    private string? OcrConflict(DocumentRecord record) =>
        record.Format != FileFormat.Pdf
            ? $"Only a PDF can be read by OCR on request; document {record.DocumentId} is a {record.Format.Description} "
                + "(pictures are always read by OCR)."
            : ocr.PdfProblem is { } missing ? $"OCR cannot run on this server: {missing}." : null;

    private static string? NoteProblem(string? note, bool required, string name = "note") =>
        required && string.IsNullOrWhiteSpace(note) ? $"Give a '{name}' saying why: it is kept in the audit log."
        : note?.Trim().Length > MaxNoteLength ? $"A {name} may be at most {MaxNoteLength} characters long."
        : null;

    private static string? Trim(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static string Join(string what, string? note) => Trim(note) is { } n ? $"{what}: {n}" : what;
}
