using KnowledgeArchive.Enrichment.Items;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>
/// Chooses an item's decisions from what was read in it. The same outcome read twice about the same matter (in the
/// discussion and again in the resolution) is one decision, the surest reading; separate list items or log rows are
/// separate decisions. Where nothing was read but faintly ("The Board discussed the report"), the faint reading
/// stands, marked for review, if it is about the item (its title's words) or closes it.
/// </summary>
internal sealed class DecisionChooser(Wording wording)
{
    private const double AboutTheItem = 0.34;
    private const double Faint = 0.55;
    private const double Firm = 0.7;
    private readonly HashSet<string> functionWords = new(
        wording.Phrasebook.Grammar.Determiners.Concat(wording.Phrasebook.Grammar.Prepositions).Concat(wording.Phrasebook.Grammar.Conjunctions),
        StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<DecisionCandidate> Choose(MinuteItem item, IReadOnlyList<DecisionCandidate> candidates)
    {
        if (item.Heading is null)
        {
            return [];
        }

        // Apologies, declarations, any other business: only a decision the body plainly takes there ("Under any other
        // business the Board agreed to …") counts; what is noted or said in passing does not.
        var accepted = candidates.Where(DecisionFinder.Accepted).Where(c => !item.Procedural || Plain(c)).ToList();
        if (item.Procedural)
        {
            return Distinct(accepted);
        }

        if (accepted.Count == 0)
        {
            return FaintOnly(item, candidates);
        }

        // A loose reading (an agentless passive of an ambiguous verb, "its report was received") is narrative unless
        // it is about the item or nothing firmer was read in it.
        if (accepted.Any(c => !Loose(c)))
        {
            accepted = accepted.Where(c => !Loose(c) || Listed(c.Sentence.Unit) || AboutItem(item, c)).ToList();
        }

        return Distinct(accepted);
    }

    /// <summary>One decision per outcome and matter: the surest reading of each.</summary>
    private static List<DecisionCandidate> Distinct(List<DecisionCandidate> accepted)
    {
        var chosen = new List<DecisionCandidate>();
        foreach (var candidate in accepted.OrderByDescending(c => c.Reading.MarkerLed).ThenByDescending(c => c.Confidence))
        {
            var twin = chosen.FirstOrDefault(c => c.Outcome == candidate.Outcome && !Separate(c, candidate));
            if (twin is null)
            {
                chosen.Add(candidate);
            }
        }

        return chosen.OrderBy(c => c.Sentence.Unit.Index).ThenBy(c => c.Sentence.Start).ToList();
    }

    /// <summary>A list item, in the body or inside a table cell: each one of its own.</summary>
    private static bool Listed(Reading.TextUnit unit) =>
        unit.Kind == Reading.UnitKind.ListItem || unit.Block.Kind == Core.Extraction.BlockKind.ListItem;

    private static bool Plain(DecisionCandidate candidate) =>
        candidate.Outcome != Core.Decisions.DecisionOutcomes.Noted && candidate.Confidence >= Firm
        && (candidate.Reading.MarkerLed || candidate.Reading.Subject is Language.Decisions.SubjectKind.Decider);

    private static bool Loose(DecisionCandidate candidate) =>
        candidate.Confidence < Firm && !candidate.Reading.MarkerLed && candidate.Reading.Subject is not (Language.Decisions.SubjectKind.Decider or Language.Decisions.SubjectKind.Impersonal);

    /// <summary>Whether a reading is about the item: what it acted on is named in the title, or the title's words are in its sentence.</summary>
    private bool AboutItem(MinuteItem item, DecisionCandidate candidate)
    {
        var title = Words(item.Title ?? string.Empty);
        var patient = Words(candidate.Reading.Patient ?? string.Empty);
        return (patient.Count > 0 && Overlap(patient, title) >= 0.5) || (title.Count > 0 && Overlap(title, Words(candidate.Sentence.Text)) >= AboutTheItem);
    }

    /// <summary>Two readings of one outcome are separate decisions when they are separate list items or rows about different matters.</summary>
    private static bool Separate(DecisionCandidate a, DecisionCandidate b)
    {
        if (a.Sentence.Unit == b.Sentence.Unit && a.Sentence.Start == b.Sentence.Start)
        {
            return false;
        }

        var listed = a.Sentence.Unit.Kind is Reading.UnitKind.ListItem or Reading.UnitKind.Cell && b.Sentence.Unit.Kind is Reading.UnitKind.ListItem or Reading.UnitKind.Cell;
        return listed && a.Sentence.Unit != b.Sentence.Unit;
    }

    private List<DecisionCandidate> FaintOnly(MinuteItem item, IReadOnlyList<DecisionCandidate> candidates)
    {
        var faint = candidates.Where(c => c.Reading.Weak && !c.Reading.Ask).ToList();
        if (faint.Count == 0)
        {
            return [];
        }

        var title = Words(item.Title ?? string.Empty);
        var last = item.Units.LastOrDefault(u => u.Kind != Reading.UnitKind.Heading);
        var best = faint
            .Select(c => (Candidate: c, Score: title.Count == 0 ? 0 : Overlap(title, Words(c.Sentence.Text))))
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Candidate.Sentence.Unit.Index)
            .First();
        var closes = best.Candidate.Sentence.Unit == last && faint.All(f => f.Sentence.Unit.Index <= best.Candidate.Sentence.Unit.Index);
        if (best.Score < AboutTheItem && !closes)
        {
            return [];
        }

        var reading = best.Candidate.Reading;
        return [best.Candidate with { Reading = reading with { Confidence = Faint, Reason = reading.Reason + "; the item's only outcome" } }];
    }

    private HashSet<string> Words(string text) =>
        Tokenizer.Words(text).Where(w => w.Length > 2 && !functionWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The share of <paramref name="wanted"/> found in <paramref name="text"/>.</summary>
    private static double Overlap(HashSet<string> wanted, HashSet<string> text) =>
        wanted.Count == 0 ? 0 : (double)wanted.Count(text.Contains) / wanted.Count;
}
