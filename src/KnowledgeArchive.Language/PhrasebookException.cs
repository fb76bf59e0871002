namespace KnowledgeArchive.Language;

/// <summary>A phrasebook file cannot be used; the message names the file and the entry at fault.</summary>
public sealed class PhrasebookException : Exception
{
    public PhrasebookException()
    {
    }

    public PhrasebookException(string message)
        : base(message)
    {
    }

    public PhrasebookException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
