using KnowledgeArchive.Enrichment.Reading;
using KnowledgeArchive.Language.Decisions;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>An outcome read from one place of an item: the reading, the sentence (or cell) that records it, and how it was found.</summary>
internal sealed record DecisionCandidate(DecisionReading Reading, Sentence Sentence)
{
    public string Outcome => Reading.Outcome;

    public double Confidence => Reading.Confidence;

    /// <summary>Found in a table: a recommendation box with its decision row, or a decision log's row.</summary>
    public bool FromTable { get; init; }

    /// <summary>The reference a decision log's row gives, when it gives one.</summary>
    public string? RowReference { get; init; }
}
