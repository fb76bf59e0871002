using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages;

/// <summary>Ends the UI session (POST only: a link or an image elsewhere cannot sign anyone out).</summary>
public sealed class SignOutModel(AuditTrail audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await audit.RecordAsync(User, AuditActions.SignOut, User.KeyIdOf(), "ui", cancellationToken);
        await HttpContext.SignOutAsync(AuthSchemes.Cookie);
        return RedirectToPage("/SignIn");
    }
}
