namespace KnowledgeArchive.Core.Security;

/// <summary>
/// Which records a caller may know exist: readers and ingesters see public records only; auditors and admins also
/// see restricted ones (Part 2 minutes, anything a source marks restricted).
/// </summary>
public enum RecordScope
{
    /// <summary>Public records only: restricted ones appear nowhere, not even in totals or counts.</summary>
    PublicOnly,

    /// <summary>Every record, restricted ones included.</summary>
    All,
}

/// <summary>The record scope that goes with a set of roles.</summary>
public static class RecordScopes
{
    public static RecordScope ForRoles(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Any(r => r is Roles.Auditor or Roles.Admin) ? RecordScope.All : RecordScope.PublicOnly;
    }

    /// <summary>Whether a record of this sensitivity is visible in this scope.</summary>
    public static bool Allows(this RecordScope scope, string? sensitivity) =>
        scope == RecordScope.All || !string.Equals(sensitivity, Documents.Sensitivities.Restricted, StringComparison.Ordinal);
}
