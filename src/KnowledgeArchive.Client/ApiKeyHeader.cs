namespace KnowledgeArchive.Client;

/// <summary>How a caller presents its API key: every request but <c>/health</c> carries it in this header.</summary>
public static class ApiKeyHeader
{
    public const string Name = "X-Api-Key";
}
