namespace KnowledgeArchive.Client.Contracts;

/// <summary>An RFC 7807 problem as the API returns it for errors.</summary>
public sealed record ProblemDto(string? Title, string? Detail, int? Status);
