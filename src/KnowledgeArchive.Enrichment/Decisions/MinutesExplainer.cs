using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Enrichment.Items;
using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>
/// Shows how minutes were read, for whoever tunes the phrasebook: the items found (reference or label, title,
/// whether procedural) and every outcome read in each, with its confidence, its reason and whether it was kept.
/// </summary>
public sealed class MinutesExplainer(Wording wording)
{
    private readonly ItemReader items = new(wording);
    private readonly DecisionFinder finder = new(wording);
    private readonly DecisionChooser chooser = new(wording);

    public IReadOnlyList<ItemExplanation> Explain(ExtractedDocument document, DateOnly? meetingDate)
    {
        ArgumentNullException.ThrowIfNull(document);
        var view = new DocumentView(document, wording);
        var explanations = new List<ItemExplanation>();
        foreach (var item in items.Split(view, meetingDate))
        {
            var logRows = new List<DecisionCandidate>();
            var candidates = finder.Candidates(view, item, logRows);
            var chosen = chooser.Choose(item, candidates);
            var readings = candidates.Concat(logRows)
                .Select(c => new ReadingExplanation(c.Outcome, c.Confidence, c.Reading.Reason, c.Sentence.Page, c.Sentence.Text, chosen.Any(k => k.Sentence == c.Sentence && k.Outcome == c.Outcome)))
                .ToList();
            explanations.Add(new ItemExplanation(item.Reference, item.Label, item.Title, item.Heading?.Page, item.Procedural, item.Private, readings));
        }

        return explanations;
    }
}

/// <summary>One item as read: its reference or label, title, first page, whether procedural or private, and what was read in it.</summary>
public sealed record ItemExplanation(string? Reference, string? Label, string? Title, int? Page, bool Procedural, bool Private, IReadOnlyList<ReadingExplanation> Readings);

/// <summary>An outcome read in an item: confidence, reason, page, the sentence, and whether it was kept as a decision.</summary>
public sealed record ReadingExplanation(string Outcome, double Confidence, string Reason, int Page, string Sentence, bool Kept);
