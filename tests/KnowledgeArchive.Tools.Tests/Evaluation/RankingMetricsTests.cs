using KnowledgeArchive.Tools.Evaluation.Ranking;

namespace KnowledgeArchive.Tools.Tests.Evaluation;

public sealed class RankingMetricsTests
{
    private static readonly Dictionary<string, int> Graded = new() { ["a"] = 2, ["b"] = 1, ["c"] = 1, ["z"] = 0 };

    [Fact]
    public void Ndcg_GradedGains_LogDiscountFromRankTwo_IdealFromAllJudgements()
    {
        // DCG = 2/log2(2) + 0 + 1/log2(4) = 2.5; ideal (2,1,1) = 2 + 1/log2(3) + 1/log2(4) = 3.1309.
        var ndcg = RankingMetrics.NdcgAt(["a", "x", "b"], Graded, 10);

        Assert.Equal(0.798485, ndcg, 6);
    }

    [Fact]
    public void Ndcg_CutsTheRankingAndTheIdealAtK()
    {
        Assert.Equal(0, RankingMetrics.NdcgAt(["x", "a"], Graded, 1));
        Assert.Equal(1, RankingMetrics.NdcgAt(["a", "x"], Graded, 1));
    }

    [Fact]
    public void Ndcg_NothingRelevantJudged_IsZero() =>
        Assert.Equal(0, RankingMetrics.NdcgAt(["z"], new Dictionary<string, int> { ["z"] = 0 }, 10));

    [Fact]
    public void AveragePrecision_DividesByAllRelevant_NotOnlyThoseRetrieved()
    {
        // Relevant a, b, c; a at rank 1 (precision 1), b at rank 3 (2/3), c never: (1 + 2/3) / 3.
        Assert.Equal(0.555556, RankingMetrics.AveragePrecision(["a", "x", "b", "y"], Graded), 6);
    }

    [Fact]
    public void PrecisionAt_DividesByK_EvenWhenFewerWereReturned() =>
        Assert.Equal(2.0 / 30, RankingMetrics.PrecisionAt(["a", "x", "b"], Graded, 30), 10);

    [Fact]
    public void RecallAt_CountsRelevantInTheFirstK() =>
        Assert.Equal(1.0 / 3, RankingMetrics.RecallAt(["a", "x", "b"], Graded, 2), 10);

    [Fact]
    public void RepeatedDocument_CountsOnceAtItsFirstRank()
    {
        var judged = new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 };

        Assert.Equal(1, RankingMetrics.AveragePrecision(["a", "a", "b"], judged));
        Assert.Equal(1, RankingMetrics.NdcgAt(["a", "a", "b"], judged, 10), 10);
    }

    [Fact]
    public void Mean_CountsJudgedQueriesWithoutResultsAsZero_AndSkipsQueriesWithNothingRelevant()
    {
        var qrels = Qrels.ReadTrec(["q1 0 a 1", "q2 0 b 1", "q3 0 c 0"]);
        var run = new RunScores(qrels);
        run.Add("q1", ["a"]);
        run.Add("q3", ["c"]);

        Assert.Equal(2, run.JudgedQueries);
        Assert.Equal(0.5, run.Mean(RankingMetrics.AveragePrecision));
    }
}
