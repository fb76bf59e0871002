using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages;

/// <summary>Signs in to the UI with an API key: the key is checked once and a session cookie carries the key's identity.</summary>
public sealed class SignInModel(IApiKeyStore keys, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var key = string.IsNullOrWhiteSpace(Key) ? null : await keys.AuthenticateAsync(Key.Trim(), cancellationToken);
        Key = null;
        if (key is null)
        {
            await audit.RecordAsync(User, AuditActions.SignInFailed, null, "unknown or revoked key", cancellationToken);
            Error = "That key was not recognised: it is wrong or has been revoked.";
            return Page();
        }

        var principal = ArchiveClaims.PrincipalFor(key, AuthSchemes.Cookie);
        await HttpContext.SignInAsync(AuthSchemes.Cookie, principal);
        await audit.RecordAsync(principal, AuditActions.SignIn, key.KeyId, "ui", cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
