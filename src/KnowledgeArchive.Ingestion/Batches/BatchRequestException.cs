namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>A batch cannot be started as asked; the message says what to change.</summary>
public sealed class BatchRequestException : Exception
{
    public BatchRequestException()
    {
    }

    public BatchRequestException(string message)
        : base(message)
    {
    }

    public BatchRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
