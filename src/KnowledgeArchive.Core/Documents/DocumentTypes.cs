namespace KnowledgeArchive.Core.Documents;

/// <summary>The document types of the API contract.</summary>
public static class DocumentTypes
{
    public const string Minutes = "minutes";
    public const string Policy = "policy";
    public const string Handover = "handover";
    public const string Report = "report";
    public const string Other = "other";
}
