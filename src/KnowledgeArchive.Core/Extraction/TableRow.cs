namespace KnowledgeArchive.Core.Extraction;

/// <summary>A row of a table, its cells from left to right.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);
