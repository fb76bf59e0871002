using KnowledgeArchive.Tools.Commands;

namespace KnowledgeArchive.Tools.Tests.Commands;

public sealed class RecollComparisonTests
{
    [Theory]
    [InlineData("governance", "governance")]
    [InlineData("\"primary care\"", "\"primary care\"")]
    [InlineData("estates -hospice funding", "estates -hospice funding")]
    [InlineData("estates type:minutes", "estates")]
    [InlineData("estates ccg:\"Hollin Vale\"", "estates")]
    [InlineData("estates date:[2014-01-01 TO 2019-12-31]", "estates")]
    public void ToRecoll_KeepsWordsPhrasesAndExclusions_AndLeavesOutTheProductsFields(string query, string expected) =>
        Assert.Equal(expected, RecollComparison.ToRecoll(query));

    [Fact]
    public void ResultCount_IsReadFromRecollqsHeader()
    {
        const string output = "Recoll query: ((estates:(wqf=11) OR estate))\n1234 results (printing  20 max):\ntext/plain\t[file:///x.txt]\t[x.txt]\t100\tbytes\n";

        Assert.Equal(1234, RecollComparison.ResultCount(output));
        Assert.Equal(0, RecollComparison.ResultCount("no output"));
    }
}
