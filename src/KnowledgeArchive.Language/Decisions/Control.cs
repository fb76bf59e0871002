using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language.Decisions;

/// <summary>A control verb in one of its forms ("agreed", "took the decision"), with the outcome it gives when its complement gives none.</summary>
public sealed record Control(string Phrase, string Outcome, VerbForm Form);
