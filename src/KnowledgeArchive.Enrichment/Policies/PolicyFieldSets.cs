using KnowledgeArchive.Language.Text;
using KnowledgeArchive.Language.Words;

namespace KnowledgeArchive.Enrichment.Policies;

/// <summary>The phrasebook's document-control labels, ready to match.</summary>
internal sealed class PolicyFieldSets(PolicyFieldWords words)
{
    public PhraseSet Reference { get; } = new(words.Reference);

    public PhraseSet Version { get; } = new(words.Version);

    public PhraseSet ApprovedBy { get; } = new(words.ApprovedBy);

    public PhraseSet RatifiedBy { get; } = new(words.RatifiedBy);

    public PhraseSet ApprovedOn { get; } = new(words.ApprovedOn);

    public PhraseSet ReviewDate { get; } = new(words.ReviewDate);

    public PhraseSet Supersedes { get; } = new(words.Supersedes);
}
