namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>A zip entry that is password-protected.</summary>
public sealed class EncryptedEntryException : Exception
{
    public EncryptedEntryException()
    {
    }

    public EncryptedEntryException(string message)
        : base(message)
    {
    }

    public EncryptedEntryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
