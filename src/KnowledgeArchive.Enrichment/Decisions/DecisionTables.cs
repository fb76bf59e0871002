using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Decisions;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>
/// Decisions recorded in tables, by what the phrasebook says their headings and row labels mean: a recommendation
/// box whose "Decision" row gives the outcome of the recommendation above it, and a decision log whose rows give a
/// reference, a subject and an outcome. An action log (lead, due date, status) records no decision.
/// </summary>
internal sealed class DecisionTables(Wording wording)
{
    private readonly PhraseSet recommendation = new(wording.Phrasebook.Tables.Recommendation);
    private readonly PhraseSet decision = new(wording.Phrasebook.Tables.Decision.Concat(wording.Phrasebook.Tables.Outcome));
    private readonly PhraseSet reference = new(wording.Phrasebook.Tables.Reference);
    private readonly PhraseSet subject = new(wording.Phrasebook.Tables.Subject);

    public IReadOnlyList<DecisionCandidate> Read(DocumentView view, int table)
    {
        ArgumentNullException.ThrowIfNull(view);
        var cells = view.CellsOf(table).ToList();
        var rows = cells.GroupBy(c => c.Cell!.Value.Row).OrderBy(g => g.Key).Select(g => g.OrderBy(c => c.Cell!.Value.Column).ToList()).ToList();
        return Box(view, rows) ?? Log(view, rows);
    }

    /// <summary>A recommendation and, in a later row, the decision on it.</summary>
    private List<DecisionCandidate>? Box(DocumentView view, List<List<TextUnit>> rows)
    {
        (TextUnit Unit, int Row)? proposal = null;
        for (var r = 0; r < rows.Count; r++)
        {
            var label = rows[r][0].Text.Trim().TrimEnd(':').Trim();
            var rest = rows[r].Where(c => c.Cell!.Value.Column > 0).ToList();
            if (recommendation.IsWhole(label))
            {
                proposal = rest.Count > 0 ? (rest[0], r) : r + 1 < rows.Count ? (rows[r + 1][0], r + 1) : null;
            }
            else if (decision.IsWhole(label) && proposal is { } p)
            {
                var value = string.Join(' ', rest.Select(c => c.Text));
                var outcome = Outcome(value.Length > 0 ? value : r + 1 < rows.Count ? rows[r + 1][0].Text : string.Empty);
                if (outcome is null)
                {
                    return [];
                }

                var sentence = new Sentence(p.Unit, p.Unit.Text, 0);
                return [new DecisionCandidate(outcome with { Reason = $"recommendation box: '{label}' row reads '{value}'" }, sentence) { FromTable = true }];
            }
        }

        return null;
    }

    /// <summary>A decision log: a header row naming a decision or outcome column; each row below a decision.</summary>
    private List<DecisionCandidate> Log(DocumentView view, List<List<TextUnit>> rows)
    {
        if (rows.Count < 2)
        {
            return [];
        }

        var header = rows[0];
        var outcomeColumn = header.FirstOrDefault(c => decision.IsWhole(c.Text.Trim().TrimEnd(':')))?.Cell!.Value.Column;
        if (outcomeColumn is null)
        {
            return [];
        }

        var referenceColumn = header.FirstOrDefault(c => reference.IsWhole(c.Text.Trim().TrimEnd(':')))?.Cell!.Value.Column;
        var subjectColumn = header.FirstOrDefault(c => subject.IsWhole(c.Text.Trim().TrimEnd(':')) && c.Cell!.Value.Column != outcomeColumn)?.Cell!.Value.Column;
        var found = new List<DecisionCandidate>();
        foreach (var row in rows.Skip(1))
        {
            var cell = row.FirstOrDefault(c => c.Cell!.Value.Column == outcomeColumn);
            if (cell is null)
            {
                continue;
            }

            var rowReference = referenceColumn is { } rc ? row.FirstOrDefault(c => c.Cell!.Value.Column == rc)?.Text.Trim() : null;
            var evidence = subjectColumn is { } sc && row.FirstOrDefault(c => c.Cell!.Value.Column == sc) is { } s ? s : cell;
            foreach (var part in cell.Text.Split([';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Outcome(part) is { } reading)
                {
                    var sentence = evidence == cell ? new Sentence(cell, cell.Text, 0) : new Sentence(evidence, evidence.Text, 0);
                    found.Add(new DecisionCandidate(reading with { Confidence = Math.Min(reading.Confidence, 0.75), Reason = $"decision log row: '{part}'" }, sentence)
                    {
                        FromTable = true,
                        RowReference = string.IsNullOrEmpty(rowReference) ? null : rowReference,
                    });
                }
            }
        }

        return found;
    }

    /// <summary>The outcome a cell states: a label ("Noted", "Not supported") or a sentence read as a resolution.</summary>
    private DecisionReading? Outcome(string value)
    {
        if (wording.Lexicon.LabelOutcome(value) is { } labelled)
        {
            return new DecisionReading(labelled, 0.85, string.Empty);
        }

        return wording.Clauses.Read(value, new ReadingContext { MarkerLed = true, Subject = SubjectKind.Decider, Elliptical = true })
            .Where(r => !r.Ask)
            .OrderByDescending(r => r.Confidence)
            .FirstOrDefault();
    }
}
