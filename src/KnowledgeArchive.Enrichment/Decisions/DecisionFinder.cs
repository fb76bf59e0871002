using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Items;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Decisions;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>
/// Finds what a meeting decided, item by item: every sentence, list item and table of an item is read for outcomes
/// (a lead-in such as "The Committee:" gives the list under it its subject), recommendation boxes and decision logs
/// add theirs, and the item's decisions are chosen: each distinct outcome once, the surest reading of it; an outcome
/// recorded only faintly ("The Board discussed the report") stands when nothing else does and it is about the item.
/// A decision log repeated at the end of the minutes confirms the items' decisions and adds those the text missed.
/// </summary>
public sealed class DecisionFinder(Wording wording)
{
    private const double Accept = 0.5;
    private const double Review = 0.65;
    private readonly DecisionTables tables = new(wording);
    private readonly DecisionChooser chooser = new(wording);

    public IReadOnlyList<Decision> Find(string documentId, DocumentView view, IReadOnlyList<MinuteItem> items, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(metadata);
        var chosen = new List<(MinuteItem Item, DecisionCandidate Candidate)>();
        var logRows = new List<(MinuteItem Container, DecisionCandidate Row)>();
        foreach (var item in items)
        {
            var rows = new List<DecisionCandidate>();
            var candidates = Candidates(view, item, rows);
            logRows.AddRange(rows.Select(r => (item, r)));
            chosen.AddRange(chooser.Choose(item, candidates).Select(c => (item, c)));
        }

        Reconcile(items, chosen, logRows);
        return chosen.GroupBy(c => c.Item.Ordinal)
            .SelectMany(g => g.Select((c, i) => Make(documentId, c.Item, c.Candidate, i, metadata)))
            .ToList();
    }

    internal List<DecisionCandidate> Candidates(DocumentView view, MinuteItem item, List<DecisionCandidate> logRows)
    {
        var candidates = new List<DecisionCandidate>();
        ReadingContext? lead = null;
        var seenTables = new HashSet<int>();
        foreach (var unit in item.Units)
        {
            if (unit.Cell is { } cell && item.Heading?.Cell is null)
            {
                if (seenTables.Add(cell.Table))
                {
                    var found = tables.Read(view, cell.Table);
                    candidates.AddRange(found.Where(f => f.RowReference is null));
                    logRows.AddRange(found.Where(f => f.RowReference is not null));
                }

                continue;
            }

            if (unit.Kind != UnitKind.ListItem && wording.LeadIns.Read(unit.Text) is { } leadIn)
            {
                lead = leadIn;
                continue;
            }

            // A lead-in's entries are list items, or paragraphs that carry on its sentence in lower case ("considered the report;").
            var entry = unit.Kind == UnitKind.ListItem || (lead is not null && unit.Kind == UnitKind.Paragraph && StartsLower(unit.Text));
            var context = entry ? lead ?? new ReadingContext { Elliptical = true } : ReadingContext.None;
            if (!entry)
            {
                lead = null;
            }

            foreach (var sentence in view.SentencesOf(unit))
            {
                candidates.AddRange(wording.Clauses.Read(sentence.Text, context).Select(r => new DecisionCandidate(r, sentence)));
            }

            // A sentence ending in a colon that leads no decisions ("The key provisions of the policy are:") leads content.
            if (!entry && unit.Kind == UnitKind.Paragraph && unit.Text.TrimEnd().EndsWith(':'))
            {
                lead = ReadingContext.ContentList;
            }
        }

        return candidates;
    }

    private static bool StartsLower(string text) => text.TrimStart() is { Length: > 0 } t && char.IsLower(t[0]);

    /// <summary>
    /// A decision log's rows against the items: a row whose item has the outcome confirms it; one whose item does
    /// not gains the item's faintest reading of it or, failing that, the row itself.
    /// </summary>
    /// <summary>
    /// A log that repeats the items' decisions confirms them and adds those the text missed. A log that stands alone
    /// (a decision log kept as a spreadsheet or a register: no decision in running text, no row of it matching an
    /// item of the document) is the record itself: each of its rows is a decision under the row's own reference.
    /// </summary>
    private static void Reconcile(IReadOnlyList<MinuteItem> items, List<(MinuteItem Item, DecisionCandidate Candidate)> chosen, List<(MinuteItem Container, DecisionCandidate Row)> logRows)
    {
        MinuteItem? ItemOf(DecisionCandidate row)
        {
            var canonical = DecisionReferences.Canonical(row.RowReference!);
            return items.FirstOrDefault(i => i.Reference is { } r && DecisionReferences.Canonical(r) == canonical);
        }

        var standalone = chosen.Count == 0 && logRows.Count > 0 && logRows.All(r => ItemOf(r.Row) is null);
        foreach (var (container, row) in logRows)
        {
            var item = standalone ? container with { Reference = row.RowReference } : ItemOf(row);
            if (item is null || chosen.Any(c => c.Item == item && c.Candidate.Outcome == row.Outcome))
            {
                continue;
            }

            chosen.Add((item, row with { Reading = row.Reading with { Confidence = Math.Max(row.Confidence, Review) } }));
        }
    }

    private static Decision Make(string documentId, MinuteItem item, DecisionCandidate candidate, int index, DocumentMetadata metadata)
    {
        var canonical = item.Reference is null ? null : DecisionReferences.Canonical(item.Reference);
        var spans = candidate.Sentence.Spans;
        var reading = candidate.Reading;
        return new Decision
        {
            DecisionId = DecisionIds.For(documentId, canonical, item.Ordinal, index),
            Reference = item.Reference,
            CanonicalReference = canonical,
            ItemLabel = item.Label,
            DocumentId = documentId,
            PageNumber = candidate.Sentence.Page,
            TextOffset = spans.Count > 0 ? spans[0].Start : null,
            Date = metadata.Date,
            Body = metadata.Body,
            Ccg = metadata.Ccg,
            Icb = metadata.Icb,
            Outcome = reading.Outcome,
            Subject = item.Title ?? SubjectOf(reading.Matter),
            Text = candidate.Sentence.Text,
            Confidence = Math.Round(reading.Confidence, 2),
            Reason = reading.Reason,
            NeedsReview = reading.Confidence < Review,
            Qualifier = reading.Qualifier,
        };
    }

    private static string? SubjectOf(string matter)
    {
        var words = matter.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12).ToList();
        return words.Count == 0 ? null : string.Join(' ', words).TrimEnd('.', ',', ';');
    }

    /// <summary>The surest readings, each distinct outcome of an item once.</summary>
    internal static bool Accepted(DecisionCandidate candidate) => candidate.Confidence >= Accept && !candidate.Reading.Ask && !candidate.Reading.Weak;
}
