using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Enrichment.Tests;

/// <summary>Minutes written in ways the development samples do not use: the cases a user met, and the mechanisms that generalise.</summary>
public sealed class ReadingMinutesTests
{
    private const string Head = "NHS Testford CCG\nMinutes of the Governing Body meeting held in public on 26 March 2019\n";

    [Theory]
    [InlineData("The Governing Body noted the proposed changes to the scheme of delegation and deferred a decision to its May meeting.", DecisionOutcomes.Deferred)]
    [InlineData("Following the equality impact assessment and a twelve-week engagement exercise, the Governing Body approved the Assisted Conception Policy.", DecisionOutcomes.Approved)]
    [InlineData("Sign-off was given for the revised discharge pathway.", DecisionOutcomes.Approved)]
    [InlineData("Members were happy to support the proposal to extend the contract.", DecisionOutcomes.Approved)]
    [InlineData("DECISION: NOT SUPPORTED", DecisionOutcomes.Rejected)]
    [InlineData("It was agreed that the minutes of the last meeting were an accurate reflection of the discussion.", DecisionOutcomes.Approved)]
    public void AWordingNotInTheSamples_IsOneDecisionWithItsOutcome(string sentence, string outcome)
    {
        var result = Minutes.Enrich("gb.pdf", Head + "GB19/021 Scheme of Delegation\n" + sentence);

        var decision = Assert.Single(result.Decisions);
        Assert.Equal(outcome, decision.Outcome);
        Assert.False(string.IsNullOrEmpty(decision.Reason));
        Assert.InRange(decision.Confidence, 0.5, 1);
    }

    [Fact]
    public void Part2ItemAmongTheSeries_IsFound_WithItsPrintedReference()
    {
        var result = Minutes.Enrich("gb.pdf", Head +
            "GB19/006 Finance Report\nThe Governing Body noted the finance report.\n" +
            "GB19/P07 Estates Disposal\nThe Governing Body approved the disposal of the Mill Road site.\n" +
            "GB19/008 Any Other Business\nThere was no other business.");

        Assert.Equal(["GB19/006", "GB19/P07"], result.Decisions.Select(d => d.Reference));
        Assert.Equal(DecisionOutcomes.Approved, result.Decisions[1].Outcome);
    }

    [Fact]
    public void PolicyTitleBeforeTheCcgsName_IsNoOrganisation()
    {
        var result = Minutes.Enrich("chc.docx", "Continuing Healthcare Policy NHS Testford CCG\nPolicy reference | TST-CHC-01\nVersion | 1.0\nDate of approval | 12 February 2019");

        Assert.Equal("NHS Testford CCG", result.Metadata.Ccg);
        Assert.DoesNotContain(result.UnknownOrganisations, name => name.Contains("Continuing Healthcare", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ItemHeadingsWithAndWithoutSubNumbers_AreOneNumbering()
    {
        var result = Minutes.Enrich("qpc.pdf", Head +
            "Item 3: Minutes of the Previous Meeting\nRESOLVED: The minutes of the meeting held on 12 February 2019 were approved as a true record.\n" +
            "Item 5.1: Assisted Conception Policy\nThe Committee approved the Assisted Conception Policy.\n" +
            "Item 5.2: Maternity Assurance\nThe Committee noted the maternity assurance report.");

        Assert.Equal(["Item 3", "Item 5.1", "Item 5.2"], result.Decisions.Select(d => d.ItemLabel));
        Assert.All(result.Decisions, d => Assert.Null(d.Reference));
    }

    [Fact]
    public void DecisionLogRestatingTheItems_AddsNoDecisions()
    {
        var result = Minutes.Enrich("gb.docx", Head +
            "Minute 15/19 Accountable Officer's Report\nThe Governing Body noted the report.\n" +
            "Minute 16/19 Estates Strategy\nThe Governing Body approved the estates strategy.\n" +
            "Decision log\n" +
            "Minute 15/19 | Accountable Officer's Report | Noted\n" +
            "Minute 16/19 | Estates Strategy | Approved");

        Assert.Equal([DecisionOutcomes.Noted, DecisionOutcomes.Approved], result.Decisions.Select(d => d.Outcome));
        Assert.Equal(["Minute 15/19", "Minute 16/19"], result.Decisions.Select(d => d.Reference));
    }

    [Fact]
    public void ResolutionListInParagraphs_GivesEachEntryTheLeadInsSubject()
    {
        var result = Minutes.Enrich("gb.doc", Head +
            "[19/005] Accountable Officer's Report\nThe Governing Body:\nconsidered the report, including the update on the urgent care review;\nagreed the publication of the report on the website.");

        Assert.Equal([DecisionOutcomes.Noted, DecisionOutcomes.Approved], result.Decisions.Select(d => d.Outcome));
    }

    [Fact]
    public void ProvisionsOfAPolicyListedInMinutes_AreNotDecisions()
    {
        var result = Minutes.Enrich("gb.pdf", Head +
            "GB19/030 Procedures of Limited Clinical Value Policy\nThe key provisions of the policy are:\n" +
            "- Revisional procedures are not routinely commissioned.\n- Carpal tunnel release: commissioned in line with criteria\n" +
            "The Governing Body approved the policy.");

        var decision = Assert.Single(result.Decisions);
        Assert.Equal(("The Governing Body approved the policy.", DecisionOutcomes.Approved), (decision.Text, decision.Outcome));
    }

    [Theory]
    [InlineData("The Governing Body noted the winter plan and the additional 12 escalation beds commissioned.", DecisionOutcomes.Noted)]
    [InlineData("Members took note of the outcome of the procurement, approved in private session by the Governing Body in 2018.", DecisionOutcomes.Noted)]
    [InlineData("The Governing Body noted the constitution as approved by NHS England.", DecisionOutcomes.Noted)]
    public void AParticipleDescribingANoun_IsNoDecisionOfItsOwn(string sentence, string outcome)
    {
        var result = Minutes.Enrich("gb.pdf", Head + "GB19/031 Winter Plan\n" + sentence);

        Assert.Equal(outcome, Assert.Single(result.Decisions).Outcome);
    }

    [Fact]
    public void WrappedTitle_StillGivesTheMeetingDate()
    {
        var result = Minutes.Enrich("gb.pdf", "NHS Testford CCG\nMinutes of the Governing Body meeting held in private on 12 June\n2018\nGB18/077 Estates\nThe Governing Body approved the lease.");

        Assert.Equal(new DateOnly(2018, 6, 12), result.Metadata.Date);
    }

    [Theory]
    [InlineData("MINUTES OF THE GOVERNING BODY MEETING HELD ON 20 NOVEMBER 2017")]
    [InlineData("Minutes of the Private Session of the Governing Body held on 20 November 2017")]
    public void BodyIsTheListedName_WhateverTheTitleAroundIt(string title)
    {
        var result = Minutes.Enrich("gb.pdf", "NHS Testford CCG\n" + title + "\nGB17/101 Estates\nThe Governing Body approved the lease.");

        Assert.Equal("Governing Body", result.Metadata.Body);
    }

    [Fact]
    public void PassiveRatification_CitesTheDecisionDescribedBeforeItsVerb()
    {
        var result = Minutes.Enrich("gb.pdf", Head +
            "GB19/027 Ratification of Committee Decisions\n" +
            "The decision of the Quality Committee on Monday 11 February 2019 to approve the Wheelchair Policy was ratified.");

        var citation = Assert.Single(result.Citations, c => c.Method == "description");
        Assert.Equal(
            (LineageEdgeTypes.Ratifies, "Quality Committee", new DateOnly(2019, 2, 11)),
            (citation.Relation, citation.CitedBody, citation.CitedDateFrom));
    }

    [Fact]
    public void AppendixHeadingSaysHowItsRowsAreActedOn_WhenTheDecisionNamingItDoesNot()
    {
        var result = Minutes.Enrich("board.pdf",
            "NHS Westmere Integrated Care Board\nMinutes of the Board meeting held in public on 1 July 2022\n" +
            "B22/006 Predecessor Policies\nThe Board signed off the policies listed at Appendix 2.\n" +
            "B22/007 Any Other Business\nThere was no other business.\n" +
            "Appendix 2: Policies of predecessor CCGs adopted by the ICB\n" +
            "CCG | Policy | Decision\n" +
            "NHS Eastmere CCG | Wheelchair Policy | GB20/058");

        var row = Assert.Single(result.Citations, c => c.CitedReference is not null);
        Assert.Equal((LineageEdgeTypes.Adopts, "GB20/058"), (row.Relation, row.CitedReference));
    }

    [Fact]
    public void ClosedownReportsListOfKeyDecisions_CitesEachByItsMinute_AndItsDatesAreNotItems()
    {
        var result = Minutes.Enrich("closedown.pdf",
            "NHS Testford CCG\nClosedown Report\n1. Introduction\nThis report summarises the closedown of the CCG.\n" +
            "2. Key decisions of the Governing Body\n" +
            "Date | Minute | Decision\n" +
            "12/03/2019 | GB19/031 | Wheelchair Policy v1.0\n" +
            "14/05/2020 | GB20/044 | Adoption: Complaints Policy version 2.1");

        Assert.Empty(result.Decisions);
        Assert.Equal(
            [("GB19/031", new DateOnly(2019, 3, 12)), ("GB20/044", new DateOnly(2020, 5, 14))],
            result.Citations.Where(c => c.Relation == LineageEdgeTypes.References).Select(c => (c.CitedReference, c.CitedDateFrom!.Value)));
    }

    [Fact]
    public void AnyOtherBusiness_KeepsADecisionTheBodyTakes_ButNotWhatItNotes()
    {
        var result = Minutes.Enrich("gb.pdf", Head +
            "GB19/031 Finance Report\nThe Governing Body noted the finance report.\n" +
            "GB19/032 Any Other Business\nThe Governing Body noted a thank-you letter from the patient group.\n" +
            "The Governing Body agreed to close the Mill Road clinic on Saturday mornings.\n" +
            "The Chair was asked to write to the practices and agree a date.");

        var aob = Assert.Single(result.Decisions, d => d.Reference == "GB19/032");
        Assert.Equal(DecisionOutcomes.Approved, aob.Outcome);
        Assert.Contains("Mill Road", aob.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationsListedInATableCell_AreEachADecision_BesideTheItemsOwnResolution()
    {
        var output = new KnowledgeArchive.Extraction.Blocks.DocumentAssembler();
        output.AddBlock(Core.Extraction.BlockKind.Paragraph, "NHS Testford CCG");
        output.AddBlock(Core.Extraction.BlockKind.Heading, "Minutes of the Primary Care Committee meeting held on 4 June 2019", 1);
        output.BeginTable();
        Row(output, "4.", "Minutes of the Previous Meeting", b => b.AddBlock(Core.Extraction.BlockKind.Paragraph, "The minutes were agreed as a true record."));
        Row(output, "5.", "Practice Merger Applications", b =>
        {
            b.AddBlock(Core.Extraction.BlockKind.ListItem, "Eastfield Surgery - this application was agreed.", label: "-");
            b.AddBlock(Core.Extraction.BlockKind.ListItem, "Northgate Practice - this application was agreed.", label: "-");
            b.AddBlock(Core.Extraction.BlockKind.Paragraph, "The Committee approved the revised list sizes for both practices.");
        });
        Row(output, "6.", "Estates Update", b => b.AddBlock(Core.Extraction.BlockKind.Paragraph, "Members discussed the estates update."));
        output.EndTable();
        var (pages, blocks) = output.Finish();
        var document = new Core.Extraction.ExtractedDocument(pages, blocks, Core.Extraction.FileProperties.None, []);

        var result = new DocumentEnricher(Minutes.Wording, new Organisations.FixedDirectory(Minutes.Gazetteer))
            .Enrich(new Core.Enrichment.EnrichmentInput("doc-test", "pcc.pdf", document, Core.Documents.DocumentMetadata.Unknown));

        Assert.Equal(
            ["Eastfield Surgery - this application was agreed.", "Northgate Practice - this application was agreed.", "The Committee approved the revised list sizes for both practices."],
            result.Decisions.Where(d => d.ItemLabel == "5" && d.Outcome == DecisionOutcomes.Approved).Select(d => d.Text));
    }

    private static void Row(KnowledgeArchive.Extraction.Blocks.DocumentAssembler output, string number, string title, Action<KnowledgeArchive.Extraction.Blocks.DocumentAssembler> body)
    {
        output.BeginRow();
        output.BeginCell();
        output.AddBlock(Core.Extraction.BlockKind.Paragraph, number);
        output.EndCell();
        output.BeginCell();
        output.AddBlock(Core.Extraction.BlockKind.Paragraph, title, emphasised: true);
        body(output);
        output.EndCell();
    }
}

