namespace KnowledgeArchive.Tools.Evaluation.Ranking;

/// <summary>
/// Mean of per-query measures over the judged queries, as <c>trec_eval -c</c> averages: a judged query the run
/// has no results for still counts, with 0.
/// </summary>
internal sealed class RunScores(Qrels qrels)
{
    private readonly Dictionary<string, IReadOnlyList<string>> rankings = new(StringComparer.Ordinal);

    public int JudgedQueries => qrels.QueryIds.Count(q => qrels.For(q).Values.Any(g => g >= 1));

    public void Add(string queryId, IReadOnlyList<string> ranking) => rankings[queryId] = ranking;

    public double Mean(Func<IReadOnlyList<string>, IReadOnlyDictionary<string, int>, double> measure)
    {
        var judged = qrels.QueryIds.Where(q => qrels.For(q).Values.Any(g => g >= 1)).ToList();
        return judged.Count == 0
            ? 0
            : judged.Average(q => measure(rankings.GetValueOrDefault(q) ?? [], qrels.For(q)));
    }
}
