namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>A zip entry yielded more bytes than its header declared: a zip bomb lying about its size.</summary>
public sealed class EntryOverrunException : Exception
{
    public EntryOverrunException()
    {
    }

    public EntryOverrunException(string message)
        : base(message)
    {
    }

    public EntryOverrunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
