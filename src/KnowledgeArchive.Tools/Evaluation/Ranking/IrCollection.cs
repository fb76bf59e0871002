namespace KnowledgeArchive.Tools.Evaluation.Ranking;

/// <summary>A test collection: documents (title and text), queries and relevance judgements.</summary>
internal sealed record IrCollection(string Name, IReadOnlyList<IrDocument> Documents, IReadOnlyList<IrQuery> Queries, Qrels Qrels);

/// <summary>A document of a test collection.</summary>
internal sealed record IrDocument(string Id, string Title, string Text);

/// <summary>A query of a test collection.</summary>
internal sealed record IrQuery(string Id, string Text);
