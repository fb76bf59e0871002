namespace KnowledgeArchive.Client.Contracts;

/// <summary><c>GET /api/in-force</c>: the policy version in force for a subject and area on a date, the decision that approved it, and any other policy on the subject in force at once.</summary>
public sealed record InForceDto(string Subject, string Area, DateOnly Date, InForcePolicyDto? Policy, DecisionDto? ApprovedBy, IReadOnlyList<InForcePolicyDto> AlsoInForce);

/// <summary>A policy version as found in the archive.</summary>
public sealed record InForcePolicyDto(string DocumentId, string Title, string? Reference, string? Version, DateOnly? ApprovedOn, DateOnly? ReviewDate, string? Ccg, string? Icb);
