using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Apis;
using KnowledgeArchive.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Keys;

/// <summary>Admins: every API key, a form to make one (its secret shown once) and a button to revoke each.</summary>
public sealed class IndexModel(IApiKeyStore keys, AuditTrail audit) : PageModel
{
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Role { get; set; } = Roles.Reader;

    public NewApiKey? Created { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Keys = await keys.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        Error = KeysApi.Validate(Name, Role);
        if (Error is null)
        {
            Created = await keys.CreateAsync(Name!.Trim(), Role!, cancellationToken);
            Response.Headers.CacheControl = "no-store";
            await audit.RecordAsync(User, AuditActions.KeyCreate, Created.Key.KeyId, $"{Created.Key.Role}: {Created.Key.Name}", cancellationToken);
            Name = null;
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        if (!await keys.RevokeAsync(keyId, cancellationToken))
        {
            return NotFound();
        }

        await audit.RecordAsync(User, AuditActions.KeyRevoke, keyId, "ui", cancellationToken);
        return RedirectToPage();
    }
}
