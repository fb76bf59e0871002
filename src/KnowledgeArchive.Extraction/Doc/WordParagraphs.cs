using KnowledgeArchive.Language.Text;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Doc;

/// <summary>
/// Reads the blocks of a Word 97-2003 main text: a paragraph ends at a paragraph mark; a cell ends at a cell mark,
/// and a cell mark straight after a cell's closes the row; rows in a row make a table. The file's formatting is not
/// read, so every block is a paragraph or a table, except a one-row table of a label beside a short title, which
/// is an item heading set in a margin column.
/// </summary>
internal static class WordParagraphs
{
    public static void Write(string mainText, DocumentAssembler output, CancellationToken cancellationToken)
    {
        var rows = new List<List<List<Piece>>>();
        List<List<Piece>>? row = null;
        var cellParagraphs = new List<Piece>();
        var paragraph = new Piece();

        foreach (var c in WordControlCharacters.WithoutFieldCodes(mainText))
        {
            switch (c)
            {
                case WordControlCharacters.ParagraphEnd:
                    if (row is not null)
                    {
                        cellParagraphs.Add(paragraph);
                    }
                    else
                    {
                        FlushTable();
                        WriteParagraph(output, paragraph);
                    }

                    paragraph = new Piece();
                    break;
                case WordControlCharacters.CellEnd:
                    cancellationToken.ThrowIfCancellationRequested();
                    if (row is not null && paragraph.IsEmpty && cellParagraphs.Count == 0)
                    {
                        rows.Add(row);
                        row = null;
                    }
                    else
                    {
                        cellParagraphs.Add(paragraph);
                        row ??= [];
                        row.Add(cellParagraphs);
                        cellParagraphs = [];
                    }

                    paragraph = new Piece();
                    break;
                case WordControlCharacters.PageBreak:
                    paragraph.PageBreak();
                    break;
                default:
                    paragraph.Add(c);
                    break;
            }
        }

        if (row is not null)
        {
            rows.Add(row);
        }

        FlushTable();
        WriteParagraph(output, paragraph);

        void FlushTable()
        {
            if (rows.Count > 0)
            {
                WriteTable(output, rows);
                rows.Clear();
            }
        }
    }

    private static void WriteTable(DocumentAssembler output, List<List<List<Piece>>> rows)
    {
        if (rows is [[var labelCell, var titleCell]] && labelCell.Count == 1 && titleCell.Count(p => !p.IsEmpty) == 1)
        {
            var label = TextNormaliser.Inline(labelCell[0].Text);
            var title = TextNormaliser.Inline(titleCell.First(p => !p.IsEmpty).Text);
            if (HeadingShape.IsMarginLabel(label) && HeadingShape.Fits(title))
            {
                output.AddBlock(BlockKind.Heading, title, 2, label);
                return;
            }
        }

        output.BeginTable();
        foreach (var row in rows)
        {
            output.BeginRow();
            foreach (var cell in row)
            {
                output.BeginCell();
                foreach (var paragraph in cell)
                {
                    WriteParagraph(output, paragraph);
                }

                output.EndCell();
            }
        }

        output.EndTable();
    }

    private static void WriteParagraph(DocumentAssembler output, Piece paragraph)
    {
        if (paragraph.IsEmpty && !paragraph.HasPageBreak)
        {
            return;
        }

        output.BeginBlock(BlockKind.Paragraph);
        foreach (var part in paragraph.Parts)
        {
            if (part is null)
            {
                output.NewPage();
            }
            else
            {
                output.Append(part);
            }
        }

        output.EndBlock();
    }

    /// <summary>A paragraph's characters, with the page breaks inside it (null parts).</summary>
    private sealed class Piece
    {
        private readonly List<string?> parts = [];
        private readonly System.Text.StringBuilder current = new();

        public bool IsEmpty => Text.Trim().Length == 0;

        public bool HasPageBreak => parts.Contains(null);

        public string Text => string.Concat(parts.Where(p => p is not null)) + current;

        public IReadOnlyList<string?> Parts => current.Length > 0 ? [.. parts, current.ToString()] : parts;

        public void Add(char c) => current.Append(c);

        public void PageBreak()
        {
            parts.Add(current.ToString());
            current.Clear();
            parts.Add(null);
        }
    }
}
