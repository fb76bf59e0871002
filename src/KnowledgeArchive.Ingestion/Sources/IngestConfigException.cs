namespace KnowledgeArchive.Ingestion.Sources;

/// <summary>The ingest settings file cannot be used; the message names the file and the field at fault.</summary>
public sealed class IngestConfigException : Exception
{
    public IngestConfigException()
    {
    }

    public IngestConfigException(string message)
        : base(message)
    {
    }

    public IngestConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
