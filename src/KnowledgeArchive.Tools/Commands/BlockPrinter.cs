using System.Globalization;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>Prints a document's blocks as read: kind, level, page, label and text; tables row by row.</summary>
internal static class BlockPrinter
{
    public static void Print(IReadOnlyList<DocumentBlock> blocks, string indent = "")
    {
        foreach (var block in blocks)
        {
            var label = block.Label is null ? string.Empty : $"[{block.Label}] ";
            var mark = block.Emphasised ? "*" : string.Empty;
            var pages = string.Join(',', block.Spans.Select(s => s.Page).Distinct());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indent}{block.Kind}{(block.Kind is BlockKind.Heading or BlockKind.ListItem ? block.Level.ToString(CultureInfo.InvariantCulture) : string.Empty)}{mark} p{pages}: {label}{(block.Kind == BlockKind.Table ? string.Empty : block.Text)}"));
            for (var r = 0; r < block.Rows.Count; r++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indent}  row {r + 1}:"));
                foreach (var cell in block.Rows[r].Cells)
                {
                    Console.WriteLine($"{indent}    cell:");
                    Print(cell.Blocks, indent + "      ");
                }
            }
        }
    }
}
