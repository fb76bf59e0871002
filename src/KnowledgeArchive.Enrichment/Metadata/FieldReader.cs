using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// Reads labelled fields: a table row whose first cell is the label ("Approved by | Governing Body"), or a line
/// that opens with it ("Review date: March 2021"), the labels coming from the phrasebook.
/// </summary>
public static class FieldReader
{
    /// <summary>The value of the first field whose label is one of <paramref name="labels"/>, or null.</summary>
    public static string? Value(DocumentView view, IEnumerable<TextUnit> units, PhraseSet labels)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var unit in units)
        {
            if (unit.Cell is { } cell)
            {
                if (cell.Column == 0 && labels.IsWhole(unit.Text.Trim().TrimEnd(':', '.')))
                {
                    var value = string.Join(' ', view.CellsOf(cell.Table).Where(u => u.Cell!.Value.Row == cell.Row && u.Cell.Value.Column > 0).Select(u => u.Text)).Trim();
                    if (value.Length > 0)
                    {
                        return value;
                    }
                }

                continue;
            }

            var colon = unit.Text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < 60 && labels.IsWhole(unit.Text[..colon]))
            {
                var value = unit.Text[(colon + 1)..].Trim();
                if (value.Length > 0)
                {
                    return value;
                }
            }
        }

        return null;
    }
}
