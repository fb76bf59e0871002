using KnowledgeArchive.Tools.Evaluation.Ranking;

namespace KnowledgeArchive.Tools.Tests.Evaluation;

public sealed class CollectionReaderTests
{
    [Fact]
    public void TrecQrels_ReadQueryDocumentAndGrade_SkippingBlankLines()
    {
        var qrels = Qrels.ReadTrec(["1 Q0 CACM-1410 1", "", "1\t0\tCACM-1572\t2"]);

        Assert.Equal(["1"], qrels.QueryIds);
        Assert.Equal(1, qrels.For("1")["CACM-1410"]);
        Assert.Equal(2, qrels.For("1")["CACM-1572"]);
        Assert.Empty(qrels.For("2"));
    }

    [Fact]
    public void CacmDocument_TitleIsTheFirstParagraph_TheRestIsItsText()
    {
        var document = CacmReader.Document("CACM-0001", "<html>\n<pre>\n\n\nPreliminary Report\nInternational Algebraic Language\n\nCACM December, 1958\n\nPerlis, A. J.\n</pre>\n</html>\n");

        Assert.Equal("CACM-0001", document.Id);
        Assert.Equal("Preliminary Report International Algebraic Language", document.Title);
        Assert.StartsWith("CACM December, 1958", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<pre>", document.Text, StringComparison.Ordinal);
    }
}
