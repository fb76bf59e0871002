namespace KnowledgeArchive.Core.Decisions;

/// <summary>What a body resolved: the outcome words of the API contract.</summary>
public static class DecisionOutcomes
{
    public const string Approved = "approved";
    public const string Ratified = "ratified";
    public const string Adopted = "adopted";
    public const string Noted = "noted";
    public const string Deferred = "deferred";
    public const string Rejected = "rejected";

    public static IReadOnlyList<string> All { get; } = [Approved, Ratified, Adopted, Noted, Deferred, Rejected];
}
