using KnowledgeArchive.Core.Configuration;

namespace KnowledgeArchive.Indexing.Tests;

public sealed class SnippetTests : IDisposable
{
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("routine business", 300));

    private readonly IndexFixture _fixture = new(new SynonymList([["IVF", "in vitro fertilisation"]]));

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task LongPage_MarksEveryMatchInThePassage_NotOnlyTheFirst()
    {
        await _fixture.AddAsync("doc-1", "Minutes", $"{Filler} The wheelchair service and the wheelchair budget were noted. {Filler} wheelchair");

        var snippet = Assert.Single(_fixture.Search("wheelchair").Hits).Snippet;

        Assert.Contains("The <mark>wheelchair</mark> service and the <mark>wheelchair</mark> budget", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongPage_ChoosesThePassageWithMoreOfTheWords()
    {
        await _fixture.AddAsync("doc-1", "Minutes", $"hospice mentioned early. {Filler} Funding for the hospice was approved. {Filler}");

        var snippet = Assert.Single(_fixture.Search("hospice funding").Hits).Snippet;

        Assert.Contains("<mark>Funding</mark> for the <mark>hospice</mark> was approved", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongPage_MarksStemmedSynonymAndPhraseMatches_AndEscapesHtml()
    {
        await _fixture.AddAsync("doc-1", "Minutes", $"{Filler} <b>Policies</b> on in vitro fertilisation & \"assisted conception\" were ratified. {Filler}");

        var stemmed = Assert.Single(_fixture.Search("policy").Hits).Snippet;
        var synonym = Assert.Single(_fixture.Search("ivf").Hits).Snippet;
        var phrase = Assert.Single(_fixture.Search("\"assisted conception\"").Hits).Snippet;

        Assert.Contains("&lt;b&gt;<mark>Policies</mark>&lt;/b&gt;", stemmed, StringComparison.Ordinal);
        Assert.Contains("<mark>vitro</mark> <mark>fertilisation</mark> &amp;", synonym, StringComparison.Ordinal);
        Assert.Contains("&quot;<mark>assisted</mark> <mark>conception</mark>&quot;", phrase, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", stemmed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchBeyondTheAnalysedLength_GivesThePageStart_Unmarked()
    {
        var opening = "Opening item of the meeting. ";
        await _fixture.AddAsync("doc-1", "Minutes", opening + new string('x', SnippetHighlighter.MaxAnalysedLength) + " hospice");

        var hit = Assert.Single(_fixture.Search("hospice").Hits);

        Assert.StartsWith("Opening item", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", hit.Snippet, StringComparison.Ordinal);
    }
}
