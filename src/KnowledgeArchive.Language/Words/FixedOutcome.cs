namespace KnowledgeArchive.Language.Words;

/// <summary>A whole phrase that records an outcome however it is used ("no decision was required", "as a true record").</summary>
public sealed record FixedOutcome(string Phrase, string Outcome);
