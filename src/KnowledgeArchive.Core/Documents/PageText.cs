namespace KnowledgeArchive.Core.Documents;

/// <summary>The text of one page of a document; pages are numbered from 1.</summary>
public sealed record PageText(int Number, string Text);
