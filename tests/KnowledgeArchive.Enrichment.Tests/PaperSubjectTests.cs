using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Metadata;

namespace KnowledgeArchive.Enrichment.Tests;

/// <summary>The subject a paper's cover sheet names, and the minute heading that records its item.</summary>
public sealed class PaperSubjectTests
{
    private static readonly PaperSubject Subjects = new(Minutes.Wording);

    [Theory]
    [InlineData("NHS Hollin Vale CCG\nReport to the Governing Body\nMeeting date | Wednesday 9 January 2019\nAgenda item | 5\nReport title | Audiology (hearing aid) service\nAuthor | Gemma Bibi", "Audiology (hearing aid) service")]
    [InlineData("Title of paper: Wound care formulary | Author | Chief Pharmacist", "Wound care formulary")]
    [InlineData("Paper for the Primary Care Commissioning Committee\nSubject: Practice merger – Mill Road and Vale House\n", "Practice merger – Mill Road and Vale House")]
    public void Read_TakesTheLabelledTitle_UpToTheNextCell(string firstPage, string expected) =>
        Assert.Equal(expected, Subjects.Read(firstPage));

    [Theory]
    [InlineData("Subject to the approval of the Governing Body, the service will start in April.")]
    [InlineData("Report to the Governing Body\nThe title of this paper is given below.")]
    [InlineData("")]
    public void Read_IsNull_WithoutALabelledTitle(string firstPage) => Assert.Null(Subjects.Read(firstPage));

    [Theory]
    [InlineData("Minute 5/19 Audiology (hearing aid) service")]
    [InlineData("5. Audiology (Hearing Aid) Service")]
    [InlineData("GB19/023 | Audiology (hearing aid) service | The Governing Body approved the award.")]
    [InlineData("Item 5 – Audiology (hearing aid) service: contract award")]
    [InlineData("Audiology (hearing aid) service")]
    public void FindHeading_FindsTheItem_WhateverItsNumbering(string heading)
    {
        var pages = new[] { new PageText(1, "Minute 4/19 Legal Update\nThe Governing Body noted the update."), new PageText(2, heading + "\nMembers discussed the award.") };

        var found = Subjects.FindHeading(pages, "Audiology (hearing aid) service");

        Assert.Equal((2, heading), found);
    }

    [Theory]
    [InlineData("Members asked whether the audiology (hearing aid) service had been advertised widely enough across the two places.")]
    [InlineData("Minute 6/19 Audiology (hearing aid) service review of the patient engagement work with Healthwatch and the practices")]
    [InlineData("Minute 5/19 Community audiology")]
    public void FindHeading_IgnoresMentionsThatDoNotOpenTheItem(string line) =>
        Assert.Null(Subjects.FindHeading([new PageText(1, line)], "Audiology (hearing aid) service"));

    [Fact]
    public void FindHeading_KeepsASubjectThatStartsLikeAReference()
    {
        var pages = new[] { new PageText(1, "Minute 12/21 COVID 19 vaccination programme") };

        Assert.Equal((1, "Minute 12/21 COVID 19 vaccination programme"), Subjects.FindHeading(pages, "COVID-19 vaccination programme"));
    }

    [Fact]
    public void FindHeading_NeverMatchesAOneWordSubject() =>
        Assert.Null(Subjects.FindHeading([new PageText(1, "Minute 3/19 Finance")], "Finance"));
}
