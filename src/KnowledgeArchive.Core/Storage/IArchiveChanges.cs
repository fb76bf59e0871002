namespace KnowledgeArchive.Core.Storage;

/// <summary>Told when documents have been indexed or re-processed, so derived views (the lineage graph) can be brought up to date.</summary>
public interface IArchiveChanges
{
    void DocumentsChanged();
}
