namespace KnowledgeArchive.Core.Documents;

/// <summary>Record sensitivity: restricted records are visible only to auditors and admins.</summary>
public static class Sensitivities
{
    public const string Public = "public";
    public const string Restricted = "restricted";
}
