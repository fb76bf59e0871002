using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Tests;

public sealed class TitleResolverTests
{
    private readonly TitleResolver _resolver = new();

    [Theory]
    [InlineData("Microsoft Word - GB minutes.doc")]
    [InlineData("Untitled")]
    [InlineData("Document1")]
    [InlineData("gb-minutes-2019.docx")]
    [InlineData("  ")]
    public void PlaceholderProperties_AreIgnored_ForTheFirstHeading(string propertyTitle)
    {
        var document = Document(propertyTitle, ["Governing Body minutes, 26 March 2019"], "Some text");

        Assert.Equal("Governing Body minutes, 26 March 2019", _resolver.Resolve(document, "gb-minutes-2019.docx"));
    }

    [Fact]
    public void SensibleProperty_Wins()
    {
        var document = Document("Conflicts of Interest Policy", ["1. Introduction"], "Text");

        Assert.Equal("Conflicts of Interest Policy", _resolver.Resolve(document, "coi.pdf"));
    }

    [Fact]
    public void WithoutPropertyOrHeading_TheFirstSubstantialLineIsUsed()
    {
        var document = Document(null, [], "12\n\nSafeguarding Children Annual Report 2020/21\nIntroduction");

        Assert.Equal("Safeguarding Children Annual Report 2020/21", _resolver.Resolve(document, "report.pdf"));
    }

    [Fact]
    public void WithNothingElse_TheFileNameIsUsed()
    {
        var document = Document(null, [], "12 34");

        Assert.Equal("SMF GB Minutes 04.06.14 PUBLIC", _resolver.Resolve(document, "SMF GB Minutes 04.06.14 PUBLIC.pdf"));
    }

    private static ExtractedDocument Document(string? title, string[] headings, string text) =>
        new(
            [new PageText(1, text)],
            [.. headings.Select(h => new DocumentBlock { Kind = BlockKind.Heading, Text = h }), new DocumentBlock { Kind = BlockKind.Paragraph, Text = text }],
            new FileProperties(Title: title),
            []);
}
