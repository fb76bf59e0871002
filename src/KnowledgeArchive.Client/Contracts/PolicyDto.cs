namespace KnowledgeArchive.Client.Contracts;

/// <summary>A policy's document control: reference, version, approval, review date and version history.</summary>
public sealed record PolicyDto(string? Reference, string? Version, DateOnly? ApprovedOn, DateOnly? ReviewDate)
{
    /// <summary>Body or decision that approved this version, as printed.</summary>
    public string? ApprovedBy { get; init; }

    public IReadOnlyList<PolicyVersionDto> History { get; init; } = [];
}

/// <summary>One row of a policy's version history.</summary>
public sealed record PolicyVersionDto(string? Version, DateOnly? Date, string? ApprovedBy, string? DecisionReference, string? Summary);
