using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Enrichment.Tests;

/// <summary>
/// Builds an extracted document from page texts the way an extractor would write it: each line a paragraph, runs of
/// lines with " | " a table, "- " a list item, "# " a heading; a line starting in lower case at the top of a page carries
/// on the paragraph the page before ended with.
/// </summary>
internal static class TextDocuments
{
    public static ExtractedDocument Build(IReadOnlyList<string> pages, IReadOnlyList<string>? running = null)
    {
        var output = new DocumentAssembler();
        var inTable = false;
        for (var p = 0; p < pages.Count; p++)
        {
            var lines = pages[p].Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var continues = p > 0 && i == 0 && line.Length > 0 && char.IsLower(line[0]);
                if (line.Contains(" | ", StringComparison.Ordinal))
                {
                    if (!inTable)
                    {
                        output.BeginTable();
                        inTable = true;
                    }

                    output.BeginRow();
                    foreach (var cell in line.Split(" | "))
                    {
                        output.BeginCell();
                        output.AddBlock(BlockKind.Paragraph, cell);
                        output.EndCell();
                    }

                    continue;
                }

                if (inTable)
                {
                    output.EndTable();
                    inTable = false;
                }

                if (continues)
                {
                    output.Append(line);
                }
                else if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    output.AddBlock(BlockKind.Heading, line[2..], 2, emphasised: true);
                }
                else if (line.StartsWith("- ", StringComparison.Ordinal))
                {
                    output.BeginBlock(BlockKind.ListItem, label: "•");
                    output.Append(line[2..]);
                }
                else
                {
                    output.BeginBlock(BlockKind.Paragraph);
                    output.Append(line);
                }
            }

            if (inTable)
            {
                output.EndTable();
                inTable = false;
            }

            if (p < pages.Count - 1)
            {
                output.NewPage();
            }
        }

        var (texts, blocks) = output.Finish();
        return new ExtractedDocument(texts, blocks, FileProperties.None, running ?? []);
    }
}
