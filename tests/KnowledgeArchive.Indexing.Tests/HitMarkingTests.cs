using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Indexing.Tests;

/// <summary>Marking a search's words in a whole document, for reading it hit by hit.</summary>
public sealed class HitMarkingTests : IDisposable
{
    private readonly IndexFixture _fixture = new(new SynonymList([["CHC", "continuing healthcare"]]));

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void EveryMatch_OnEveryPage_IsMarked_AsTheSearchMatchesIt()
    {
        PageText[] pages =
        [
            new(1, "Apologies were received."),
            new(2, "The committee approved the policy. Policies are reviewed yearly; the policy lead agreed."),
            new(3, "CHC fast track."),
        ];

        var marked = _fixture.Index.MarkHits("policy continuing healthcare", pages);

        Assert.Equal([0, 3, 1], marked.Select(p => p.Hits));
        Assert.Equal("Apologies were received.", marked[0].Html);
        Assert.Equal(
            "The committee approved the <mark>policy</mark>. <mark>Policies</mark> are reviewed yearly; the <mark>policy</mark> lead agreed.",
            marked[1].Html);
        Assert.Equal("<mark>CHC</mark> fast track.", marked[2].Html);
    }

    [Fact]
    public async Task Prefixes_AndPhrases_AreMarked()
    {
        // A prefix stands for the words the index holds that start with it: here, those of the document itself.
        PageText[] pages = [new(1, "Prescribing of gluten-free bread; prescribers were told. Gluten-free pasta.")];
        await _fixture.AddAsync("doc-gf", "Gluten-free prescribing", pages[0].Text);

        var prefix = Assert.Single(_fixture.Index.MarkHits("prescrib*", pages));
        var phrase = Assert.Single(_fixture.Index.MarkHits("\"gluten-free bread\"", pages));

        Assert.Equal(2, prefix.Hits);
        Assert.StartsWith("<mark>Prescribing</mark>", prefix.Html, StringComparison.Ordinal);
        Assert.Contains("<mark>bread</mark>", phrase.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APhrasesWords_AreMarkedOnlyWhereThePhraseOccurs_WordsAskedAloneEverywhere()
    {
        PageText[] pages = [new(1, "Prescribing committee. Gluten-free prescribing was reviewed; gluten-free bread too. The gluten-free prescribing policy.")];
        await _fixture.AddAsync("doc-gf-phrase", "Prescribing committee", pages[0].Text);

        var phrase = Assert.Single(_fixture.Index.MarkHits("\"gluten-free prescribing\"", pages));
        var both = Assert.Single(_fixture.Index.MarkHits("\"gluten-free prescribing\" committee", pages));

        Assert.Equal(
            "Prescribing committee. <mark>Gluten</mark>-<mark>free</mark> <mark>prescribing</mark> was reviewed; gluten-free bread too. "
            + "The <mark>gluten</mark>-<mark>free</mark> <mark>prescribing</mark> policy.",
            phrase.Html);
        Assert.StartsWith("Prescribing <mark>committee</mark>.", both.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithHtml_IsEscaped_AndOnlyMarksAreAdded()
    {
        PageText[] pages = [new(1, "<script>alert('policy')</script> & the <b>policy</b>")];

        var page = Assert.Single(_fixture.Index.MarkHits("policy", pages));

        Assert.Equal("&lt;script&gt;alert(&#39;<mark>policy</mark>&#39;)&lt;/script&gt; &amp; the &lt;b&gt;<mark>policy</mark>&lt;/b&gt;", page.Html);
    }

    [Fact]
    public void ABadQuery_IsReportedAsSuch()
    {
        Assert.Throws<InvalidQueryException>(() => _fixture.Index.MarkHits("\"unclosed", [new PageText(1, "text")]));
    }
}
