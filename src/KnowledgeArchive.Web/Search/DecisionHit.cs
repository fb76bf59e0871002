using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Web.Search;

/// <summary>A decision that matches a search, with its sentence marked as the search matched it (escaped HTML).</summary>
public sealed record DecisionHit(Decision Decision, string MarkedText);
