using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Quarantine;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Documents;

/// <summary>
/// The forms of a document page's "Quarantined" panel post here (antiforgery-checked, as every page form is); each
/// action is the API's, audited the same way, and the document page then says what came of it.
/// </summary>
public sealed class QuarantineModel(QuarantineActions actions, IAuthorizationService authorization) : PageModel
{
    /// <summary>What the document page shows after an action: what was done, or why not.</summary>
    public const string ResultKey = "QuarantineResult";
    public const string ErrorKey = "QuarantineError";

    public IActionResult OnGet(string id) => RedirectToPage("Details", new { id });

    public Task<IActionResult> OnPostRetryAsync(string id, string? note, CancellationToken cancellationToken) =>
        RunAsync(id, "Queued to be read again.", () => actions.RetryAsync(User, id, note, cancellationToken));

    public Task<IActionResult> OnPostPasswordAsync(string id, string? password, string? note, CancellationToken cancellationToken) =>
        RunAsync(id, "Queued to be read again with the password (used once, kept nowhere).", () => actions.SupplyPasswordAsync(User, id, password, note, cancellationToken));

    public Task<IActionResult> OnPostOcrAsync(string id, string? note, CancellationToken cancellationToken) =>
        RunAsync(id, "Queued to be read again, every page by OCR.", () => actions.RunOcrAsync(User, id, note, cancellationToken));

    public Task<IActionResult> OnPostSensitivityAsync(string id, string? sensitivity, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, "Sensitivity set.", () => actions.SetSensitivityAsync(User, id, sensitivity, reason, cancellationToken));

    public Task<IActionResult> OnPostReviewAsync(string id, string? note, CancellationToken cancellationToken) =>
        RunAsync(id, "Marked reviewed: it stays quarantined, accounted for.", () => actions.ReviewAsync(User, id, note, cancellationToken));

    private async Task<IActionResult> RunAsync(string id, string done, Func<Task<QuarantineOutcome>> act)
    {
        if (!(await authorization.AuthorizeAsync(User, ArchivePolicies.Curating)).Succeeded)
        {
            return Forbid();
        }

        var outcome = await act();
        if (outcome.StatusCode == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        TempData[outcome.Succeeded ? ResultKey : ErrorKey] = outcome.Succeeded ? done : outcome.Problem;
        // Made restricted by an ingester, the document is no longer theirs to see: back to the quarantine list.
        return outcome.Succeeded && !User.RecordScope().Allows(outcome.Document!.Metadata.Sensitivity)
            ? Redirect("/documents?status=quarantined")
            : RedirectToPage("Details", new { id });
    }
}
