using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Catalog.Security;

/// <summary>
/// An audit event as every engine can store it (see <see cref="SqlText"/>), made so before the entry is hashed, so the
/// hash is of what is stored and the chain verifies alike in every engine.
/// </summary>
internal static class AuditText
{
    public static AuditEvent Storable(AuditEvent e) => e with
    {
        Actor = SqlText.Storable(e.Actor)!,
        Role = SqlText.Storable(e.Role),
        Action = SqlText.Storable(e.Action)!,
        Target = SqlText.Storable(e.Target),
        Detail = SqlText.Storable(e.Detail),
    };
}
