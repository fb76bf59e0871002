namespace KnowledgeArchive.Core.Search;

/// <summary>A search ran longer than the archive allows (<c>Archive:SearchTimeout</c>) and was stopped.</summary>
public sealed class SearchTimeoutException : Exception
{
    public SearchTimeoutException()
    {
    }

    public SearchTimeoutException(string message)
        : base(message)
    {
    }

    public SearchTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
