using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.References;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Items;

/// <summary>
/// Splits minutes into items by learning the document's own numbering: every heading (or heading-shaped line, or
/// first cell of a minute kept as a table) that opens with a reference or number is a candidate, and the series
/// most of them share ("GB19/###", "Minute ##/##", "[##/###]", plain numbers) is the scheme; its headings open items.
/// Without a scheme, headings at the level most items take open them. A running reference is a reference; a number
/// that restarts each meeting ("7(b)", "6.3") is the item's label.
/// </summary>
public sealed class ItemReader(Wording wording)
{
    private const int MaxHeadingLength = 200;
    private readonly PhraseSet procedural = new(wording.Phrasebook.ProceduralItems);
    private readonly PhraseSet labelPrefixes = new(wording.Phrasebook.References.LabelPrefixWords);
    private readonly HashSet<string> privateAffixes = new(wording.Phrasebook.References.PrivateAffixes, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<MinuteItem> Split(DocumentView view, DateOnly? meetingDate)
    {
        ArgumentNullException.ThrowIfNull(view);
        var candidates = Candidates(view);
        var scheme = candidates.Where(c => c.Family is not null)
            .GroupBy(c => c.Family)
            .Where(g => g.Count() >= 2 || g.Key != "#")
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key == "#" ? 1 : 0)
            .FirstOrDefault()?.Key;
        var heads = scheme is not null
            ? candidates.Where(c => c.Family == scheme).ToList()
            : UnnumberedHeads(candidates);
        heads = WithoutRestatements(heads);
        var headLevel = heads.Where(h => h.Unit.Kind == UnitKind.Heading).Select(h => h.Unit.Level).DefaultIfEmpty(int.MaxValue).Min();
        var byUnit = heads.ToDictionary(h => h.Unit.Index);
        var rowBodies = heads.SelectMany(h => h.RowBody).Select(u => u.Index).ToHashSet();

        var items = new List<MinuteItem>();
        ItemHead? current = null;
        var units = new List<TextUnit>();
        foreach (var unit in view.Units)
        {
            if (byUnit.TryGetValue(unit.Index, out var head))
            {
                Close();
                current = head;
                units.AddRange(head.RowBody);
                continue;
            }

            if (rowBodies.Contains(unit.Index))
            {
                continue;
            }

            // A heading above the items' own level ("Appendix 1", "Part 2") ends the item before it.
            if (current is not null && unit.Kind == UnitKind.Heading && unit.Level < headLevel)
            {
                Close();
                current = null;
            }

            units.Add(unit);
        }

        Close();
        return items;

        void Close()
        {
            if (current is null && units.Count == 0)
            {
                return;
            }

            items.Add(Item(items.Count, current, units.ToList(), meetingDate));
            units.Clear();
        }
    }

    private MinuteItem Item(int ordinal, ItemHead? head, IReadOnlyList<TextUnit> units, DateOnly? meetingDate)
    {
        if (head is null)
        {
            return new MinuteItem(ordinal, null, null, null, null, units);
        }

        var printed = head.Reference?.Text;
        var isReference = head.Reference is { } r && IsRunningReference(r, meetingDate);
        var title = head.Title.Length > 0 ? head.Title : null;
        return new MinuteItem(ordinal, head.Unit, isReference ? printed : null, isReference ? null : printed, title, units)
        {
            Procedural = title is not null && procedural.StartsText(title) && !wording.Phrasebook.MinutesObjects.Any(m => title.Contains(m, StringComparison.OrdinalIgnoreCase)),
            Private = head.Reference is { } p && IsPrivate(p.Text),
        };
    }

    private List<ItemHead> Candidates(DocumentView view)
    {
        var candidates = new List<ItemHead>();
        foreach (var unit in view.Units)
        {
            if (unit.Cell is { } cell)
            {
                if (cell.Column == 0 && RowHead(view, unit, cell) is { } rowHead)
                {
                    candidates.Add(rowHead);
                }

                continue;
            }

            var headingLike = unit.Kind == UnitKind.Heading
                || (unit.Kind is UnitKind.Paragraph or UnitKind.ListItem && unit.Text.Length <= MaxHeadingLength && HeadingShape.Fits(unit.Text));
            if (!headingLike)
            {
                continue;
            }

            var label = unit.Label is { } l && HeadingShape.IsMarginLabel(l) ? wording.References.AtStart(l) : null;
            var reference = label ?? wording.References.AtStart(unit.Text);
            if (unit.Kind != UnitKind.Heading && reference is null && !unit.Emphasised)
            {
                continue;
            }

            var title = label is not null ? unit.Text : reference is null ? unit.Text : Tidy(unit.Text[(reference.Index + reference.Text.Length)..]);
            candidates.Add(new ItemHead(unit, reference, title) { Family = FamilyOf(reference) });
        }

        return candidates;
    }

    /// <summary>A date in a table's first column ("03/09/2020"): the row's date, not an item reference.</summary>
    private bool IsDate(string text) => wording.Dates.FindAll(text) is [{ } date] && date.Length >= text.Trim().Length - 1;

    /// <summary>A minute kept as a table row: a reference alone in the first cell, the item's title opening the second.</summary>
    private ItemHead? RowHead(DocumentView view, TextUnit unit, (int Table, int Row, int Column) cell)
    {
        var reference = wording.References.AtStart(unit.Text);
        if (reference is null || reference.Text.Length < unit.Text.Trim().Length - 2 || IsDate(unit.Text))
        {
            return null;
        }

        var row = view.CellsOf(cell.Table).Where(u => u.Cell!.Value.Row == cell.Row && u.Cell.Value.Column > 0).ToList();
        if (row.Count == 0 || !HeadingShape.Fits(row[0].Text))
        {
            return null;
        }

        return new ItemHead(unit, reference, row[0].Text) { RowBody = row.Skip(1).ToList(), Family = FamilyOf(reference) };
    }

    /// <summary>A head that repeats an earlier one's reference and title (a decision log or summary at the end) restates that item rather than opening another.</summary>
    private static List<ItemHead> WithoutRestatements(List<ItemHead> heads)
    {
        var seen = new HashSet<(string, string)>();
        return heads.Where(h => h.Reference is null
            || seen.Add((DecisionReferences.Canonical(h.Reference.Text), string.Join(' ', Tokenizer.Words(h.Title)))))
            .ToList();
    }

    /// <summary>The numbering a reference belongs to: plain numbers are one family, as are numbers after one label word; other references keep their series.</summary>
    private string? FamilyOf(PrintedReference? reference)
    {
        if (reference is null)
        {
            return null;
        }

        // Plain numbers ("7", "7.2", "7(b)") are one family; numbers with a slash ("[19/005]", "23/19") keep their series.
        if (reference.NumbersOnly && !reference.Text.Contains('/', StringComparison.Ordinal))
        {
            return "#";
        }

        var words = reference.Series.Split(' ');
        var prefix = string.Join(' ', words[..^1]);
        var numbered = words[^1].TrimStart('[', '(').Length > 0 && words[^1].TrimStart('[', '(')[0] == '#';
        return numbered && prefix.Length > 0 && labelPrefixes.IsWhole(prefix) ? prefix + " #" : reference.Series;
    }

    /// <summary>Without a numbering scheme: headings at the level most of them take, below the document's title.</summary>
    private static List<ItemHead> UnnumberedHeads(List<ItemHead> candidates)
    {
        var headings = candidates.Where(c => c.Unit.Kind == UnitKind.Heading || c.Unit.Emphasised).ToList();
        if (headings.Count < 2)
        {
            return [];
        }

        var level = headings.Skip(1).GroupBy(h => h.Unit.Level).OrderByDescending(g => g.Count()).First().Key;
        return headings.Skip(1).Where(h => h.Unit.Level == level).ToList();
    }

    /// <summary>
    /// Whether printed numbers are a running reference rather than an item's label: a prefix word other than a
    /// label's, a series code, the meeting's year, a zero-padded or three-figure number.
    /// </summary>
    private bool IsRunningReference(PrintedReference reference, DateOnly? meetingDate)
    {
        if (!reference.NumbersOnly)
        {
            return !labelPrefixes.StartsText(reference.Text);
        }

        var year = meetingDate?.Year;
        var digits = reference.Text.Split(['/', '.', '-', ' ', '[', ']', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Where(g => g.All(char.IsAsciiDigit)).ToList();
        return reference.Numbers.Count >= 2 && (reference.Numbers.Any(n => n >= 100)
            || digits.Any(d => d.Length >= 3 || d.Length == 2 && d[0] == '0')
            || year is { } y && reference.Numbers.Any(n => n == y || n == y % 100));
    }

    private bool IsPrivate(string reference) =>
        reference.Split(['/', '.', '-', ' '], StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Any(part => part.Length > 1 && char.IsLetter(part[0]) && privateAffixes.Contains(new string(part.TakeWhile(char.IsLetter).ToArray())));

    private static string Tidy(string title) => title.Trim().TrimStart(':', '-', '–', '—', '.', ')', ']').Trim().TrimEnd(':');
}
