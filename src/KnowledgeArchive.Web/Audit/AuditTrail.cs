using System.Security.Claims;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Security;

namespace KnowledgeArchive.Web.Audit;

/// <summary>Records what the signed-in caller did: the actor is the key's id, with its role.</summary>
public sealed class AuditTrail(IAuditLog log)
{
    private const int MaxDetailLength = 1000;

    public Task<AuditEntry> RecordAsync(ClaimsPrincipal user, string action, string? target, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var actor = user.KeyIdOf() ?? AuditActions.Anonymous;
        return log.AppendAsync(new AuditEvent(actor, user.RoleOf(), action, target, Trim(detail)), cancellationToken);
    }

    private static string? Trim(string? detail) =>
        detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] + "…" : detail;
}
