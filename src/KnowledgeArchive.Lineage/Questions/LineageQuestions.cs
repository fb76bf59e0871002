using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Lineage.Questions;

/// <summary>
/// Answers lineage questions in words ("which Hollin Vale policies transferred to the ICB") from the stored graph,
/// as the caller's <see cref="RecordScope"/> sees it: a chain never passes through a decision the caller may not see.
/// </summary>
public sealed class LineageQuestions(ILineageStore lineage, IOrganisationDirectorySource directory, Wording wording, Synonyms synonyms)
{
    public const int MaxQuestionLength = 500;
    private const int MaxCandidates = 5000;
    private readonly QuestionCues cues = new(wording);

    public Task<(LineageQuestion Question, LineageChain Chain)> AnswerAsync(string text, RecordScope scope, CancellationToken cancellationToken) =>
        AnswerAsync(text, QuestionCorrection.None, scope, cancellationToken);

    /// <summary>Answers the question as read from its words, with the parts the user corrected put in their place.</summary>
    public async Task<(LineageQuestion Question, LineageChain Chain)> AnswerAsync(string text, QuestionCorrection correction, RecordScope scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(correction);
        var known = directory.Current;
        var register = known.Register.With(known.Learned);
        var question = LineageQuestion.Parse(text.Length > MaxQuestionLength ? text[..MaxQuestionLength] : text, register, synonyms, wording.Phrasebook.Bodies, cues)
            .Corrected(correction, register, synonyms, wording.Phrasebook.Bodies, cues);
        var organisation = question.Organisation;
        var ccg = organisation is { Kind: OrganisationKinds.Ccg } ? organisation.Name : null;
        var icb = organisation is { Kind: OrganisationKinds.Icb } ? organisation.Name : null;

        // A hand-over question wants every decision of the organisation; the others, those that share a word with it.
        var words = question.Intent == LineageIntent.Transfer && organisation is not null ? [] : question.Words;
        if (organisation is null && words.Count == 0)
        {
            return (question, LineageChain.Empty);
        }

        var candidates = await lineage.CandidatesAsync(ccg, icb, words, MaxCandidates, scope, cancellationToken);
        var edges = new Dictionary<string, IReadOnlyList<LineageEdge>>(StringComparer.Ordinal);
        var nodes = candidates.DistinctBy(c => c.DecisionId).ToDictionary(c => c.DecisionId, StringComparer.Ordinal);
        var chain = await ChainTracer.TraceAsync(
            question,
            [.. nodes.Values],
            async id => edges.TryGetValue(id, out var known) ? known : edges[id] = await lineage.EdgesOfAsync(id, scope, cancellationToken),
            async id => nodes.TryGetValue(id, out var known) ? known : await lineage.NodeAsync(id, scope, cancellationToken));
        return (question, chain);
    }
}
