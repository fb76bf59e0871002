namespace KnowledgeArchive.Language.Words;

/// <summary>
/// A verb that takes another as its complement ("agreed to defer", "took the decision to adopt"): the complement's
/// outcome is the decision's, and <see cref="Outcome"/> when the complement records none ("agreed to extend the contract").
/// </summary>
public sealed record ControlVerb(string Phrase, string Outcome);
