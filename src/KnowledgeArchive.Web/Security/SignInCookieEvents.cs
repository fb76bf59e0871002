using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KnowledgeArchive.Web.Security;

/// <summary>
/// The UI's sign-in cookie: a revoked key ends its sessions at the next request, and API requests carrying the cookie
/// get problem details rather than a redirect to the sign-in page.
/// </summary>
internal sealed class SignInCookieEvents(IApiKeyStore keys) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var keyId = context.Principal?.KeyIdOf();
        var key = keyId is null ? null : await keys.FindAsync(keyId, context.HttpContext.RequestAborted);
        if (key is not { Active: true } || key.Role != context.Principal!.RoleOf())
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        RequestKinds.IsApi(context.HttpContext)
            ? AccessProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, AccessProblems.NoKey)
            : base.RedirectToLogin(context);

    // No redirect: the status-code page explains, and the address stays the one the user asked for.
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        AccessProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, AccessProblems.Forbidden(context.HttpContext));
}
