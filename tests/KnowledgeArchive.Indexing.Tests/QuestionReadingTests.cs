using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Indexing.Tests;

/// <summary>A question in words is searched for its content words; the words every set of minutes has do not rank it.</summary>
public sealed class QuestionReadingTests : IDisposable
{
    private static readonly QuestionWords Words = new()
    {
        Cues = ["what", "which", "did", "show"],
        Fillers = ["what", "which", "did", "show", "me", "about", "decide", "governing body", "committee", "meeting", "ccg"],
    };

    private readonly IndexFixture _fixture = new(new SynonymList([["CHC", "continuing healthcare"]]), questionWords: Words);

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("what did the governing body decide about continuing healthcare", "continuing healthcare")]
    [InlineData("What did the Governing Body decide about Continuing Healthcare?", "Continuing Healthcare")]
    [InlineData("which decisions did the committee make on wheelchairs", "decisions make wheelchairs")]
    [InlineData("what was decided at the meeting about hearing aids", "hearing aids")]
    [InlineData("wound care dressings?", "wound care dressings")]
    public void Question_IsReadDownToItsContentWords(string question, string searched)
    {
        var reading = _fixture.Search(question).Reading;

        Assert.NotNull(reading);
        Assert.Equal(searched, reading.SearchedFor);
        Assert.Equal(question, reading.Asked);
    }

    [Fact]
    public void Reading_ListsTheWordsLeftOut_AsTyped()
    {
        var reading = _fixture.Search("what did the Governing Body decide about CHC")!.Reading!;

        Assert.Equal(["what", "did", "the", "Governing Body", "decide", "about"], reading.LeftOut);
        Assert.Equal("CHC", reading.SearchedFor);
    }

    [Theory]
    [InlineData("governing body continuing healthcare")]
    [InlineData("what \"governing body\" decide")]
    [InlineData("what did the governing body decide")]
    [InlineData("ccg:\"Hollin Vale\" what about wheelchairs")]
    [InlineData("continuing")]
    public void TextThatIsNoQuestion_OrAllFillers_OrQueryLanguage_IsSearchedAsWritten(string text) =>
        Assert.Null(_fixture.Search(text).Reading);

    [Fact]
    public async Task Question_RanksByItsSubject_NotByTheBodyEveryDocumentNames()
    {
        await _fixture.AddAsync("doc-body-1", "Minutes", "The Governing Body decided about the estates strategy at the meeting.");
        await _fixture.AddAsync("doc-body-2", "Minutes", "The Governing Body decided about the digital plan.");
        await _fixture.AddAsync("doc-chc", "Minutes", "The Board approved the CHC framework.");

        var results = _fixture.Search("what did the governing body decide about continuing healthcare");

        Assert.Equal(["doc-chc"], results.Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task NoQuestionWords_Configured_SearchesEveryWord()
    {
        using var plain = new IndexFixture();
        await plain.AddAsync("doc-body", "Minutes", "What did the Governing Body decide about the estates strategy?");

        var results = plain.Search("what did the governing body decide about continuing healthcare");

        Assert.Null(results.Reading);
        Assert.Equal(["doc-body"], results.Hits.Select(h => h.DocumentId));
    }
}
