namespace KnowledgeArchive.Core.Documents;

/// <summary>Facts about a policy document: its reference code, version, approval and review dates, and the version history from its document control table.</summary>
public sealed record PolicyInfo(
    string? Reference,
    string? Version,
    DateOnly? ApprovedOn,
    DateOnly? ReviewDate,
    IReadOnlyList<PolicyVersionEntry> History)
{
    /// <summary>Body or decision that approved this version, as printed (e.g. "Governing Body, GB19/023").</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>Body or decision that ratified this version, as printed (e.g. "Governing Body, 12 September 2016 (GB16/048)").</summary>
    public string? RatifiedBy { get; init; }

    /// <summary>The policy's name as its title block prints it ("Gluten-Free Foods Prescribing Policy").</summary>
    public string? Title { get; init; }
}
