namespace KnowledgeArchive.Client.Contracts;

/// <summary>
/// <c>GET /api/lineage/trace?q=</c>: a lineage question answered from the graph: how it was read, the decision it is
/// about (<see cref="Anchor"/>, null when nothing fits), and the chain of decisions in date order with their links.
/// </summary>
public sealed record LineageAnswerDto(LineageQuestionDto Question, string? Anchor, IReadOnlyList<DecisionDto> Nodes, IReadOnlyList<LineageEdgeDto> Edges);

/// <summary>
/// How a question was read. <see cref="Intent"/>: <c>history</c> (where a policy began and what replaced it),
/// <c>ratification</c>, <c>harmonisation</c> (a joint committee's policy and its adoptions) or <c>transfer</c>
/// (decisions handed on to the ICB).
/// </summary>
public sealed record LineageQuestionDto(string Text, string? Organisation, string Intent, string? Body, int? Year, IReadOnlyList<string> Words);
