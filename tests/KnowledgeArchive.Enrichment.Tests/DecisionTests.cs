using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Enrichment.Tests;

public sealed class DecisionTests
{
    private const string Head = "NHS Testford CCG\nMinutes of the Governing Body meeting held in public on 26 March 2019\n";

    [Theory]
    [InlineData("RESOLVED: The Governing Body APPROVED the wheelchair policy.", DecisionOutcomes.Approved)]
    [InlineData("RESOLVED that the wheelchair policy be approved.", DecisionOutcomes.Approved)]
    [InlineData("The Committee ratified the decision of the PCCC on the practice merger.", DecisionOutcomes.Ratified)]
    [InlineData("Members agreed to defer the decision to the May meeting.", DecisionOutcomes.Deferred)]
    [InlineData("It was agreed that the ICB adopt the policies listed at Appendix 2.", DecisionOutcomes.Adopted)]
    [InlineData("The Governing Body NOTED the finance report.", DecisionOutcomes.Noted)]
    [InlineData("The Board did not approve the business case.", DecisionOutcomes.Rejected)]
    [InlineData("The minutes of the meeting held on 9 January 2019 were agreed as a correct record.", DecisionOutcomes.Approved)]
    [InlineData("The Part 2 minutes of the previous meeting were approved.", DecisionOutcomes.Approved)]
    [InlineData("The Board considered and approved the estates strategy.", DecisionOutcomes.Approved)]
    [InlineData("The Board RESOLVED to approve the estates strategy.", DecisionOutcomes.Approved)]
    [InlineData("NOTED: the quarterly complaints report.", DecisionOutcomes.Noted)]
    [InlineData("DEFERRED - pending legal advice on the lease.", DecisionOutcomes.Deferred)]
    [InlineData("The Committee endorsed the recommendation to extend the contract.", DecisionOutcomes.Approved)]
    [InlineData("It was agreed that the decision of the Committee to approve the policy be ratified.", DecisionOutcomes.Ratified)]
    public void PhrasingFamilies_AreRecognisedWithTheirOutcome(string sentence, string outcome)
    {
        var result = Minutes.Enrich("gb.pdf", Head + "Minute 23/19 Wheelchair Policy\nThe paper was presented.\n" + sentence);

        var decision = Assert.Single(result.Decisions);
        Assert.Equal(outcome, decision.Outcome);
        Assert.Equal(sentence, decision.Text);
        Assert.Equal("Wheelchair Policy", decision.Subject);
    }

    [Theory]
    [InlineData("GB19/023 Wheelchair Policy", "GB19/023", "GB/19/23")]
    [InlineData("GB/19/023: Wheelchair Policy", "GB/19/023", "GB/19/23")]
    [InlineData("PCCC/19/11 Wheelchair Policy", "PCCC/19/11", "PCCC/19/11")]
    [InlineData("Minute 23/19 Wheelchair Policy", "Minute 23/19", "23/19")]
    [InlineData("Minute B22/004 Wheelchair Policy", "Minute B22/004", "B/22/4")]
    [InlineData("RJC 2021-55 Wheelchair Policy", "RJC 2021-55", "RJC/2021/55")]
    [InlineData("GB 19/023 - Wheelchair Policy", "GB 19/023", "GB/19/23")]
    public void ReferenceStyles_ArePrintedAsIs_AndCanonicalised(string heading, string printed, string canonical)
    {
        var result = Minutes.Enrich("gb.pdf", Head + heading + "\nRESOLVED: The Governing Body APPROVED the policy.");

        var decision = Assert.Single(result.Decisions);
        Assert.Equal(printed, decision.Reference);
        Assert.Equal(canonical, decision.CanonicalReference);
    }

    [Fact]
    public void ItemNumbersThatRestartEachMeeting_AreLabels_NotReferences()
    {
        var result = Minutes.Enrich("gb.pdf", Head + "Item 5.2 Wheelchair Policy\nRESOLVED: The Governing Body APPROVED the policy.");

        var decision = Assert.Single(result.Decisions);
        Assert.Equal(("Item 5.2", null), (decision.ItemLabel, decision.Reference));
    }

    [Fact]
    public void NotingWhatOthersWillDo_IsNoDecision()
    {
        var result = Minutes.Enrich("gb.pdf", Head + "Minute 23/19 Wheelchair Policy\nThe Governing Body noted that the policy would be approved by the Committee in May.");

        Assert.Empty(result.Decisions);
    }

    [Fact]
    public void MinutesKeptAsATable_AreReadRowByRow()
    {
        var result = Minutes.Enrich("gb.docx", Head +
            "Ref | Item | Minute\n" +
            "GB19/030 | Estates Strategy | The strategy was presented. The Governing Body approved the estates strategy.\n" +
            "GB19/031 | Complaints Report | The Governing Body noted the complaints report for quarter 3.");

        Assert.Equal(["GB19/030", "GB19/031"], result.Decisions.Select(d => d.Reference));
        Assert.Equal([DecisionOutcomes.Approved, DecisionOutcomes.Noted], result.Decisions.Select(d => d.Outcome));
        Assert.Equal("Estates Strategy", result.Decisions[0].Subject);
        Assert.Equal("The Governing Body approved the estates strategy.", result.Decisions[0].Text);
    }

    [Fact]
    public void NumberedItemsWithoutReferences_GetStableIds()
    {
        var text = Head + "1. Welcome\nThe chair welcomed members.\n2. Finance Report\nThe Governing Body noted the finance report.\n3. Estates Strategy\nThe Governing Body approved the estates strategy.";

        var first = Minutes.Enrich("gb.pdf", text).Decisions;
        var second = Minutes.Enrich("gb.pdf", text).Decisions;

        Assert.Equal([DecisionOutcomes.Noted, DecisionOutcomes.Approved], first.Select(d => d.Outcome));
        Assert.All(first, d => Assert.Null(d.Reference));
        Assert.Equal(first.Select(d => d.DecisionId), second.Select(d => d.DecisionId));
        Assert.Equal(2, first.Select(d => d.DecisionId).Distinct().Count());
    }

    [Fact]
    public void DiscussionAndPersonalUndertakings_AreNotDecisions()
    {
        var result = Minutes.Enrich("gb.pdf", Head + "Minute 2/19 Declarations of Interest\nIt was agreed that Dr Smith would take part in the discussion but not in the decision.\nIt was noted that the report had been considered by the Audit Committee.\nThe Governing Body is asked to approve the plan.");

        Assert.Empty(result.Decisions);
    }

    [Fact]
    public void DecisionOnALaterPage_NamesThatPage_EvenWhenTheSentenceWraps()
    {
        var result = Minutes.Enrich(
            "gb.pdf",
            Head + "Minute 5/19 Stroke Pathway\nThe paper was presented by the Director of Commissioning and members discussed the",
            "options in detail.\nRESOLVED: The Governing Body APPROVED the stroke rehabilitation pathway with effect from 1 May 2019.");

        var decision = Assert.Single(result.Decisions);
        Assert.Equal(2, decision.PageNumber);
        Assert.Equal("RESOLVED: The Governing Body APPROVED the stroke rehabilitation pathway with effect from 1 May 2019.", decision.Text);
    }

    [Fact]
    public void Citations_ByReferenceVersionAndDescription_AreCaptured()
    {
        var result = Minutes.Enrich("gb.pdf", Head +
            "Minute 24/19 Practice Merger\nThe Governing Body ratified the decision of the Primary Care Commissioning Committee (minute PCCC/19/11) to merge the practices.\n" +
            "Minute 25/19 Wheelchair Policy\nThe Governing Body approved the Wheelchair Policy version 2.0, which supersedes version 1.0.\n" +
            "Minute 26/19 Continuing Healthcare\nThe Governing Body adopted the policy approved by the Governing Body in March 2016.");

        var byReference = Assert.Single(result.Citations, c => c.CitedReference is not null);
        Assert.Equal("PCCC/19/11", DecisionReferences.Canonical(byReference.CitedReference!));
        Assert.Equal(LineageEdgeTypes.Ratifies, byReference.Relation);
        var byVersion = Assert.Single(result.Citations, c => c.CitedPolicyVersion is not null);
        Assert.Equal("1.0", byVersion.CitedPolicyVersion);
        Assert.Equal(LineageEdgeTypes.Supersedes, byVersion.Relation);
        var byDescription = Assert.Single(result.Citations, c => c.Method == "description");
        Assert.Equal(LineageEdgeTypes.Adopts, byDescription.Relation);
        Assert.Equal("Governing Body", byDescription.CitedBody);
        Assert.Equal(new DateOnly(2016, 3, 1), byDescription.CitedDateFrom);
        Assert.Equal(new DateOnly(2016, 3, 31), byDescription.CitedDateTo);
        Assert.All(result.Citations, c => Assert.NotNull(c.FromDecisionId));
    }

    [Fact]
    public void ReferenceCitation_CarriesTheDateNearestIt_AndATitleReplacementIsCaptured()
    {
        var result = Minutes.Enrich("gb.pdf", Head +
            "Minute 86/20 Adoption of the Evidence-Based Interventions Policy\n" +
            "The Governing Body agreed to adopt the Evidence-Based Interventions Policy approved by the Joint Committee on 18 September 2020 (JC20/057), which replaces the CCG's existing Procedures of Limited Clinical Value Policy.");

        var byReference = Assert.Single(result.Citations, c => c.CitedReference is not null);
        Assert.Equal((LineageEdgeTypes.Adopts, new DateOnly(2020, 9, 18)), (byReference.Relation, byReference.CitedDateFrom!.Value));
        var byTitle = Assert.Single(result.Citations, c => c.Method == "description");
        Assert.Equal(LineageEdgeTypes.Supersedes, byTitle.Relation);
        Assert.Null(byTitle.CitedDateFrom);
    }

    [Fact]
    public void AdoptionAppendixRows_AreCited_WithOrWithoutAMinuteReference()
    {
        var result = Minutes.Enrich("board.docx", Head +
            "B22/005 Adoption of Predecessor CCG Policies\nIt was agreed that the ICB adopt the policies of the predecessor CCGs listed at Appendix 2.\n" +
            "Appendix 2: Policies of predecessor CCGs adopted by the ICB\n" +
            "Predecessor CCG | Policy | Reference | Version | Decision | Date\n" +
            "NHS Testford CCG | Assisted Conception Policy | TST-CP-01 | 2.0 | GB15/030 | 19/05/2015\n" +
            "NHS Testford CCG | Wheelchair Policy | TST-CP-02 | 1.0 | 01/12/2016 | 01/12/2016");

        Assert.All(result.Citations.Where(c => c.Text.Contains("Policy |", StringComparison.Ordinal)), c => Assert.Equal(LineageEdgeTypes.Adopts, c.Relation));
        var withReference = Assert.Single(result.Citations, c => c.CitedReference == "GB15/030");
        Assert.Equal((new DateOnly(2015, 5, 19), "NHS Testford CCG"), (withReference.CitedDateFrom!.Value, withReference.CitedOrganisation));
        var withoutReference = Assert.Single(result.Citations, c => c.Method == "table");
        Assert.Equal((new DateOnly(2016, 12, 1), "NHS Testford CCG"), (withoutReference.CitedDateFrom!.Value, withoutReference.CitedOrganisation));
        Assert.NotNull(withoutReference.FromDecisionId);
    }

    [Fact]
    public void HandoverPaperTable_IntroducedAsTransferring_ListsWhatTransfers_ByTheMinutePrintedWithTheDate()
    {
        var result = Minutes.Enrich("handover.docx",
            "NHS Testford CCG\nHandover of commissioning responsibilities to NHS Testshire Integrated Care Board\n" +
            "The CCG's policies listed below move across to the ICB on 1 July 2022.\n" +
            "Policies transferring\n" +
            "Policy | Reference | Version | Approved\n" +
            "Gluten-free Prescribing Policy | TST-MM-007 | 2.0 | 26 March 2019 (GB19/023)\n" +
            "Risks carried forward\n" +
            "Risk | Reference | Date\n" +
            "Estates backlog | CR/21/004 | 03/2021");

        var listed = Assert.Single(result.Citations, c => c.Text.Contains("Gluten-free", StringComparison.Ordinal));
        Assert.Equal((LineageEdgeTypes.TransfersTo, "GB19/023", new DateOnly(2019, 3, 26)), (listed.Relation, listed.CitedReference, listed.CitedDateFrom!.Value));
        Assert.Null(listed.FromDecisionId);
        var risk = Assert.Single(result.Citations, c => c.Text.Contains("Estates", StringComparison.Ordinal));
        Assert.Equal(LineageEdgeTypes.References, risk.Relation);
    }
}
