using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>Minutes of a meeting, as the private-session rule needs them.</summary>
public sealed record MinutesOfMeeting(string DocumentId, string Title, string Sha256, bool IsPrivate, IReadOnlyList<PageText> Pages);
