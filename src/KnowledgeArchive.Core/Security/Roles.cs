namespace KnowledgeArchive.Core.Security;

/// <summary>
/// Who may do what: <c>reader</c> (ICB staff: search and read public records), <c>ingester</c> (transition teams:
/// also ingest), <c>auditor</c> (also restricted records and the audit log), <c>admin</c> (everything, and keys).
/// </summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Ingester = "ingester";
    public const string Auditor = "auditor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Reader, Ingester, Auditor, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
