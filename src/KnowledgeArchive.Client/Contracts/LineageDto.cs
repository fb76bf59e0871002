namespace KnowledgeArchive.Client.Contracts;

/// <summary><c>GET /api/decisions/{id}/lineage</c>: the decisions linked to <see cref="Root"/> and the links, each with its evidence.</summary>
public sealed record LineageDto(string Root, IReadOnlyList<DecisionDto> Nodes, IReadOnlyList<LineageEdgeDto> Edges);

/// <summary>A link: <see cref="From"/> (the later decision) <see cref="Type"/> <see cref="To"/>.</summary>
public sealed record LineageEdgeDto(string From, string To, string Type, string Method, double Confidence, EvidenceDto Evidence);

/// <summary>Where the link is written: document, page, sentence, and the SHA-256 of the file.</summary>
public sealed record EvidenceDto(string DocumentId, int PageNumber, string Text, string Sha256);

/// <summary>A citation that resolves to nothing in the archive, or to several decisions.</summary>
public sealed record LineageGapDto(string DocumentId, int PageNumber, string Text, string Relation, string? CitedReference, string? FromDecisionId, string Reason, IReadOnlyList<string> Candidates);
