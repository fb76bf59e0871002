namespace KnowledgeArchive.Client.Contracts;

/// <summary>A decision matching a search: the decision, and its sentence as HTML (escaped, matches in <c>&lt;mark&gt;</c>).</summary>
public sealed record DecisionHitDto(DecisionDto Decision, string Snippet);
