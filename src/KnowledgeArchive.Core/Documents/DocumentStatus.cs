namespace KnowledgeArchive.Core.Documents;

/// <summary>Where a document is in its life: waiting for extraction, searchable, or held back with a reason.</summary>
public enum DocumentStatus
{
    Pending,
    Indexed,
    Quarantined,
}
