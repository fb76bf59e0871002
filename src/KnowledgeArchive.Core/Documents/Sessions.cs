namespace KnowledgeArchive.Core.Documents;

/// <summary>Meeting sessions: public (Part 1) or private (Part 2).</summary>
public static class Sessions
{
    public const string Public = "public";
    public const string Private = "private";
}
