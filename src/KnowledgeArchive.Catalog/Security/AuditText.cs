using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Catalog.Security;

/// <summary>
/// An audit event as every engine can store it: PostgreSQL's text holds no NUL character, so one (say, in a query a
/// caller typed) is written U+FFFD before the entry is hashed, in every engine, and the chain reads alike in both.
/// </summary>
internal static class AuditText
{
    public static AuditEvent Storable(AuditEvent e) => e with
    {
        Actor = Clean(e.Actor)!,
        Role = Clean(e.Role),
        Action = Clean(e.Action)!,
        Target = Clean(e.Target),
        Detail = Clean(e.Detail),
    };

    private static string? Clean(string? text) => text is not null && text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : text;
}
