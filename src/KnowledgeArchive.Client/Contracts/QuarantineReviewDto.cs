namespace KnowledgeArchive.Client.Contracts;

/// <summary>Who reviewed a quarantined document and left it unread, when, and their note.</summary>
public sealed record QuarantineReviewDto(string ReviewedBy, DateTimeOffset ReviewedAt, string Note);
