using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Catalog;

/// <summary>
/// SQL conditions that keep records a scope may not see out of a query, so counts, facets and pages are right.
/// Only documents marked public are visible in <see cref="RecordScope.PublicOnly"/>: a sensitivity the archive does
/// not know hides a record rather than shows it.
/// </summary>
internal static class ScopeSql
{
    public const string HiddenDocuments = "SELECT document_id FROM documents WHERE sensitivity <> 'public'";

    /// <summary>Decisions of hidden documents, and decisions known only from a citation in one.</summary>
    public const string HiddenDecisions =
        "SELECT decision_id FROM decisions WHERE document_id IN (" + HiddenDocuments + ") " +
        "UNION SELECT decision_id FROM cited_decisions WHERE document_id IN (" + HiddenDocuments + ")";

    /// <summary>A condition on a document id column ("1 = 1" for a scope that sees everything).</summary>
    public static string DocumentVisible(RecordScope scope, string documentIdColumn) =>
        scope == RecordScope.All ? "1 = 1" : $"{documentIdColumn} NOT IN ({HiddenDocuments})";

    /// <summary>A condition on a lineage edge: its evidence and both its ends visible.</summary>
    public static string EdgeVisible(RecordScope scope) =>
        scope == RecordScope.All
            ? "1 = 1"
            : $"evidence_document_id NOT IN ({HiddenDocuments}) AND from_decision_id NOT IN ({HiddenDecisions}) AND to_decision_id NOT IN ({HiddenDecisions})";

    /// <summary>A condition on a decision id column.</summary>
    public static string DecisionVisible(RecordScope scope, string decisionIdColumn) =>
        scope == RecordScope.All ? "1 = 1" : $"{decisionIdColumn} NOT IN ({HiddenDecisions})";
}
