using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Catalog.Migration;

/// <summary>What a copy of the catalog did: rows per table in the source and the target, and the audit chain checked at both ends.</summary>
public sealed record CatalogMigrationReport(IReadOnlyList<TableCopy> Tables, AuditVerification? SourceAudit, AuditVerification? TargetAudit)
{
    /// <summary>Every table holds as many rows as the source, and the audit chain verifies in the target as it did in the source.</summary>
    public bool Verified =>
        Tables.All(t => t.SourceRows == t.TargetRows) &&
        (SourceAudit is null || (TargetAudit is { } target && target.Intact == SourceAudit.Intact && target.Checked == SourceAudit.Checked));
}

/// <summary>One table's rows before and after the copy.</summary>
public sealed record TableCopy(string Table, long SourceRows, long TargetRows);
