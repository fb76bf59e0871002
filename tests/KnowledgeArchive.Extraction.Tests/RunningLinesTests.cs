using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Extraction.Tests;

public sealed class RunningLinesTests
{
    [Fact]
    public void LinesRepeatedAtPageEdges_AreSeparated_PageNumbersAside()
    {
        PageText[] pages =
        [
            new(1, "NHS Example CCG\nIntroduction text\nPage 1 of 3"),
            new(2, "NHS Example CCG\nMiddle text\nPage 2 of 3"),
            new(3, "NHS Example CCG\nClosing text\nPage 3 of 3"),
        ];

        var (body, running) = RunningLines.Separate(pages);

        Assert.Equal(["Introduction text", "Middle text", "Closing text"], body.Select(p => p.Text));
        Assert.Equal(["NHS Example CCG", "Page 1 of 3"], running);
    }

    [Fact]
    public void SinglePage_AndUniqueLines_AreLeftAlone()
    {
        PageText[] one = [new(1, "Title\nBody")];
        PageText[] two = [new(1, "First\nAlpha"), new(2, "Second\nBeta")];

        Assert.Same(one, RunningLines.Separate(one).Pages);
        Assert.Equal(["First\nAlpha", "Second\nBeta"], RunningLines.Separate(two).Pages.Select(p => p.Text));
    }
}
