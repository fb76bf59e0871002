namespace KnowledgeArchive.Catalog.Migration;

/// <summary>Every table the catalog keeps, in an order that satisfies foreign keys: the one list a copy walks.</summary>
public static class CatalogTables
{
    /// <summary>Tables of the catalog's database (<c>catalog.db</c> in SQLite).</summary>
    public static IReadOnlyList<string> Catalog { get; } =
    [
        "documents", "pages", "decisions", "citations", "policies", "lineage_edges", "unresolved_citations", "cited_decisions",
        "ingest_batches", "ingest_files", "organisation_facts", "page_images", "attachments", "quarantine_reviews", "document_changes",
    ];

    /// <summary>Tables of API keys and the audit log (<c>security.db</c> in SQLite).</summary>
    public static IReadOnlyList<string> Security { get; } = ["api_keys", "audit_log"];
}
