using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Catalog;

/// <summary>
/// SQL conditions that keep records a scope may not see out of a query, so counts, facets and pages are right.
/// Only documents marked public are visible outside <see cref="RecordScope.All"/>: a sensitivity the archive does
/// not know hides a record rather than shows it. In <see cref="RecordScope.PublicRead"/> only documents that have
/// been read are: a pending or quarantined file hides too.
/// </summary>
internal static class ScopeSql
{
    /// <summary>Documents only a scope seeing everything may know of (restricted, or of unknown sensitivity).</summary>
    public const string RestrictedDocuments = "SELECT document_id FROM documents WHERE sensitivity <> 'public'";

    /// <summary>Documents <paramref name="scope"/> may not see.</summary>
    public static string HiddenDocuments(RecordScope scope) =>
        scope == RecordScope.PublicRead
            ? "SELECT document_id FROM documents WHERE sensitivity <> 'public' OR status <> 'indexed'"
            : RestrictedDocuments;

    /// <summary>Decisions of hidden documents, and decisions known only from a citation in one.</summary>
    public static string HiddenDecisions(RecordScope scope) =>
        "SELECT decision_id FROM decisions WHERE document_id IN (" + HiddenDocuments(scope) + ") " +
        "UNION SELECT decision_id FROM cited_decisions WHERE document_id IN (" + HiddenDocuments(scope) + ")";

    /// <summary>A condition on a document id column ("1 = 1" for a scope that sees everything).</summary>
    public static string DocumentVisible(RecordScope scope, string documentIdColumn) =>
        scope == RecordScope.All ? "1 = 1" : $"{documentIdColumn} NOT IN ({HiddenDocuments(scope)})";

    /// <summary>A condition on a lineage edge: its evidence and both its ends visible.</summary>
    public static string EdgeVisible(RecordScope scope) =>
        scope == RecordScope.All
            ? "1 = 1"
            : $"evidence_document_id NOT IN ({HiddenDocuments(scope)}) AND from_decision_id NOT IN ({HiddenDecisions(scope)}) AND to_decision_id NOT IN ({HiddenDecisions(scope)})";

    /// <summary>A condition on a decision id column.</summary>
    public static string DecisionVisible(RecordScope scope, string decisionIdColumn) =>
        scope == RecordScope.All ? "1 = 1" : $"{decisionIdColumn} NOT IN ({HiddenDecisions(scope)})";
}
