namespace KnowledgeArchive.Tools.Evaluation.Ranking;

/// <summary>
/// Per-query ranking measures computed as trec_eval 9 computes them: a document is relevant when its judgement is
/// at least 1; unjudged documents count as not relevant; a document listed twice counts once, at its first rank.
/// </summary>
internal static class RankingMetrics
{
    /// <summary>trec_eval <c>ndcg_cut.k</c>: gains are the judgement grades, discount log2(rank + 1), ideal from all judged grades.</summary>
    public static double NdcgAt(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements, int k)
    {
        var dcg = 0.0;
        var rank = 0;
        foreach (var id in Distinct(ranking).Take(k))
        {
            rank++;
            var gain = judgements.GetValueOrDefault(id);
            if (gain > 0)
            {
                dcg += gain / Math.Log2(rank + 1);
            }
        }

        var ideal = judgements.Values
            .Where(g => g > 0)
            .OrderByDescending(g => g)
            .Take(k)
            .Select((g, i) => g / Math.Log2(i + 2))
            .Sum();
        return ideal > 0 ? dcg / ideal : 0;
    }

    /// <summary>trec_eval <c>recall.k</c>: relevant documents in the first k over all relevant documents.</summary>
    public static double RecallAt(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements, int k)
    {
        var relevant = RelevantCount(judgements);
        return relevant == 0 ? 0 : (double)Distinct(ranking).Take(k).Count(id => IsRelevant(id, judgements)) / relevant;
    }

    /// <summary>trec_eval <c>P.k</c>: relevant documents in the first k over k (a shorter list is not excused).</summary>
    public static double PrecisionAt(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements, int k) =>
        (double)Distinct(ranking).Take(k).Count(id => IsRelevant(id, judgements)) / k;

    /// <summary>trec_eval <c>map</c> for one query: mean of the precision at each relevant document retrieved, over all relevant documents.</summary>
    public static double AveragePrecision(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements)
    {
        var relevant = RelevantCount(judgements);
        if (relevant == 0)
        {
            return 0;
        }

        var found = 0;
        var sum = 0.0;
        var rank = 0;
        foreach (var id in Distinct(ranking))
        {
            rank++;
            if (IsRelevant(id, judgements))
            {
                found++;
                sum += (double)found / rank;
            }
        }

        return sum / relevant;
    }

    private static bool IsRelevant(string id, IReadOnlyDictionary<string, int> judgements) => judgements.GetValueOrDefault(id) >= 1;

    private static int RelevantCount(IReadOnlyDictionary<string, int> judgements) => judgements.Values.Count(g => g >= 1);

    private static IEnumerable<string> Distinct(IReadOnlyList<string> ranking) => ranking.Distinct(StringComparer.Ordinal);
}
