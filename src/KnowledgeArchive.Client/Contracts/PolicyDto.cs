namespace KnowledgeArchive.Client.Contracts;

/// <summary>Policy facts taken from a policy document and its document control table.</summary>
public sealed record PolicyDto(string? Reference, string? Version, DateOnly? ApprovedOn, DateOnly? ReviewDate);
