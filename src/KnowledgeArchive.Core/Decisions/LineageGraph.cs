namespace KnowledgeArchive.Core.Decisions;

/// <summary>A decision's lineage: the decisions reachable from it backwards and forwards, and the edges between them.</summary>
public sealed record LineageGraph(Decision Root, IReadOnlyList<Decision> Nodes, IReadOnlyList<LineageEdge> Edges);
