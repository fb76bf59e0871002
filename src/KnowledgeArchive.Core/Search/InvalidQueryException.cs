namespace KnowledgeArchive.Core.Search;

/// <summary>The query text cannot be run; the message tells the user what to change.</summary>
public sealed class InvalidQueryException : Exception
{
    public InvalidQueryException()
    {
    }

    public InvalidQueryException(string message)
        : base(message)
    {
    }

    public InvalidQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
