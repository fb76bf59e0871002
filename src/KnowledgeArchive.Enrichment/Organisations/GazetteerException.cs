namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>The gazetteer file cannot be used; the message names the file and the field at fault.</summary>
public sealed class GazetteerException : Exception
{
    public GazetteerException()
    {
    }

    public GazetteerException(string message)
        : base(message)
    {
    }

    public GazetteerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
