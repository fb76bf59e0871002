namespace KnowledgeArchive.Core.Security;

/// <summary>
/// Which records a caller may know exist: readers see public records that have been read; ingesters also see public
/// files that could not be read yet (pending, quarantined), to act on them; auditors and admins see every record,
/// restricted ones (Part 2 minutes, anything a source or a file's name marks restricted) included.
/// </summary>
public enum RecordScope
{
    /// <summary>Public records, read or not: restricted ones appear nowhere, not even in totals or counts.</summary>
    PublicOnly,

    /// <summary>Every record, restricted ones included.</summary>
    All,

    /// <summary>
    /// Public records that have been read: a file nobody has been able to read (pending or quarantined) appears
    /// nowhere, because what it holds, and so whether it is public, is not known.
    /// </summary>
    PublicRead,
}

/// <summary>The record scope that goes with a set of roles.</summary>
public static class RecordScopes
{
    public static RecordScope ForRoles(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var held = roles.ToList();
        return held.Any(r => r is Roles.Auditor or Roles.Admin) ? RecordScope.All
            : held.Contains(Roles.Ingester) ? RecordScope.PublicOnly
            : RecordScope.PublicRead;
    }

    /// <summary>Whether a record of this sensitivity is visible in this scope.</summary>
    public static bool Allows(this RecordScope scope, string? sensitivity) =>
        scope == RecordScope.All || !string.Equals(sensitivity, Documents.Sensitivities.Restricted, StringComparison.Ordinal);
}
