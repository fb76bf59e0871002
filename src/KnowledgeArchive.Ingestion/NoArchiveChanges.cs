using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Ingestion;

/// <summary>Used when nothing derived from the catalog needs to hear of changes.</summary>
internal sealed class NoArchiveChanges : IArchiveChanges
{
    public void DocumentsChanged()
    {
    }
}
