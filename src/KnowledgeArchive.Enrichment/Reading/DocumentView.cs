using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Enrichment.Reading;

/// <summary>
/// A document as enrichment reads it: its blocks flattened into units in reading order (a table's cells as units
/// of their own, the table itself kept whole), its running headers and footers, and its file properties.
/// </summary>
public sealed class DocumentView
{
    private readonly Wording wording;

    public DocumentView(ExtractedDocument document, Wording wording)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(wording);
        this.wording = wording;
        Document = document;
        var units = new List<TextUnit>();
        var tables = new List<DocumentBlock>();
        foreach (var block in document.Blocks)
        {
            Add(block, units, tables);
        }

        Units = units;
        Tables = tables;
    }

    public ExtractedDocument Document { get; }

    public IReadOnlyList<TextUnit> Units { get; }

    public IReadOnlyList<DocumentBlock> Tables { get; }

    public IReadOnlyList<string> Running => Document.HeadersAndFooters;

    public FileProperties Properties => Document.Properties;

    /// <summary>The units of the table at <paramref name="table"/>, row by row.</summary>
    public IEnumerable<TextUnit> CellsOf(int table) => Units.Where(u => u.Cell?.Table == table);

    public IReadOnlyList<Sentence> SentencesOf(TextUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return wording.Sentences.Split(unit.Text).Select(s => new Sentence(unit, unit.Text.Substring(s.Start, s.Length), s.Start)).ToList();
    }

    private static void Add(DocumentBlock block, List<TextUnit> units, List<DocumentBlock> tables)
    {
        if (block.Kind != BlockKind.Table)
        {
            var kind = block.Kind switch
            {
                BlockKind.Heading => UnitKind.Heading,
                BlockKind.ListItem => UnitKind.ListItem,
                _ => UnitKind.Paragraph,
            };
            units.Add(new TextUnit(units.Count, kind, block));
            return;
        }

        var table = tables.Count;
        tables.Add(block);
        for (var r = 0; r < block.Rows.Count; r++)
        {
            for (var c = 0; c < block.Rows[r].Cells.Count; c++)
            {
                foreach (var inner in block.Rows[r].Cells[c].Blocks)
                {
                    if (inner.Kind == BlockKind.Table)
                    {
                        Add(inner, units, tables);
                        continue;
                    }

                    units.Add(new TextUnit(units.Count, UnitKind.Cell, inner) { Cell = (table, r, c) });
                }
            }
        }
    }
}
