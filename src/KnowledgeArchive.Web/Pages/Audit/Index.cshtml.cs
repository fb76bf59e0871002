using KnowledgeArchive.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Audit;

/// <summary>Auditors: the audit log newest first, filtered by actor or action, with the result of checking its hash chain.</summary>
public sealed class IndexModel(IAuditLog log, IApiKeyStore keys) : PageModel
{
    public const int Shown = 200;

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public AuditVerification Verification { get; private set; } = new(0, null, null);

    /// <summary>Key names by key id, so actors read as people.</summary>
    public IReadOnlyDictionary<string, string> KeyNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Verification = await log.VerifyAsync(cancellationToken);
        Entries = await log.ListAsync(Blank(Actor), Blank(Action), Shown, Before, cancellationToken);
        KeyNames = (await keys.ListAsync(cancellationToken)).ToDictionary(k => k.KeyId, k => k.Name, StringComparer.Ordinal);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
