using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Tests;

public sealed class ResolverTests
{
    private const string Marsh = "NHS North Marsh CCG";
    private const string Vale = "NHS Wyvern Valley CCG";
    private const string Icb = "NHS Wyvern and Marsh Integrated Care Board";

    [Fact]
    public void Reference_ResolvesWithinTheCitingCcgOnly()
    {
        var marsh = Decision("d1", Marsh, "PCCC/19/11", "2019-02-12", "Primary Care Commissioning Committee");
        var vale = Decision("d2", Vale, "PCCC/19/11", "2019-02-14", "Primary Care Commissioning Committee");
        var citing = Decision("d3", Marsh, "GB19/024", "2019-03-26", "Governing Body", DecisionOutcomes.Ratified);

        var (edges, unresolved) = LineageResolver.Resolve([marsh, vale, citing], [Cite(citing, "PCCC/19/11", LineageEdgeTypes.Ratifies)]);

        var edge = Assert.Single(edges);
        Assert.Equal(("d3", "d1", "ratifies", 1.0), (edge.From, edge.To, edge.Type, edge.Confidence));
        Assert.Empty(unresolved);
    }

    [Fact]
    public void Reference_ToALaterDecision_OrToTwoOfOneCcg_IsUnresolved()
    {
        var later = Decision("d1", Marsh, "GB19/050", "2019-05-28", "Governing Body");
        var citing = Decision("d2", Marsh, "GB19/024", "2019-03-26", "Governing Body");
        var twinA = Decision("d3", Marsh, "GB19/011", "2019-01-10", "Governing Body");
        var twinB = Decision("d4", Marsh, "GB19/011", "2019-01-24", "Governing Body");

        var (edges, unresolved) = LineageResolver.Resolve(
            [later, citing, twinA, twinB],
            [Cite(citing, "GB19/050", LineageEdgeTypes.Amends), Cite(citing, "GB19/011", LineageEdgeTypes.Amends)]);

        Assert.Empty(edges);
        Assert.Equal(["ambiguous", "not_in_archive"], unresolved.Select(u => u.Reason));
        Assert.Equal(["d3", "d4"], unresolved[0].Candidates);
    }

    [Fact]
    public void JointCommitteeDecision_IsInTheFamilyOfItsIcbsCcgs()
    {
        var joint = Decision("j1", null, "JC20/057", "2020-09-18", "Joint Committee of the Wyvern and Marsh CCGs");
        var adopting = Decision("a1", Marsh, "Minute 86/20", "2020-10-27", "Governing Body", DecisionOutcomes.Adopted);

        var (edges, _) = LineageResolver.Resolve([joint, adopting], [Cite(adopting, "JC20/057", LineageEdgeTypes.Adopts)]);

        Assert.Equal("j1", Assert.Single(edges).To);
    }

    [Fact]
    public void Description_ResolvesWhenOneDecisionFits_AndBreaksTiesBySubject()
    {
        var merger = Decision("p1", Marsh, "PCCC/16/4", "2016-03-17", "Primary Care Commissioning Committee", subject: "West Langcombe and Lower Ingmoor practice merger");
        var estates = Decision("p2", Marsh, "PCCC/16/5", "2016-03-17", "Primary Care Commissioning Committee", subject: "Estates strategy");
        var citing = Decision("g1", Marsh, "GB16/020", "2016-04-06", "Governing Body", DecisionOutcomes.Ratified);
        var citation = new Citation
        {
            DocumentId = "doc-gb",
            Text = "The Governing Body ratified the decision of the Primary Care Commissioning Committee on 17 March 2016 to approve the merger of West Langcombe and Lower Ingmoor practices.",
            FromDecisionId = "g1",
            Relation = LineageEdgeTypes.Ratifies,
            Method = "description",
            CitedBody = "Primary Care Commissioning Committee",
            CitedDateFrom = new DateOnly(2016, 3, 17),
        };

        var (edges, _) = LineageResolver.Resolve([merger, estates, citing], [(citation, "sha")]);

        var edge = Assert.Single(edges);
        Assert.Equal("p1", edge.To);
        Assert.True(edge.Confidence < 1);
        Assert.Equal("description", edge.Method);
    }

    [Fact]
    public void Description_WithSeveralFits_TakesTheOneWhoseSubjectItRepeats_OnlyWhenClearlyAhead()
    {
        var policy = Decision("q1", Marsh, null, "2015-02-16", "Quality and Performance Committee", subject: "Individual Funding Requests Policy v1.1");
        var visit = Decision("q2", Marsh, null, "2015-02-16", "Quality and Performance Committee", subject: "Quality visit to the community trust");
        var citing = Decision("g1", Marsh, "GB15/017", "2015-03-11", "Governing Body", DecisionOutcomes.Ratified);
        Citation Citing(string text) => new()
        {
            DocumentId = "doc-gb",
            Text = text,
            FromDecisionId = "g1",
            Relation = LineageEdgeTypes.Ratifies,
            Method = "description",
            CitedBody = "Quality and Performance Committee",
            CitedDateFrom = new DateOnly(2015, 2, 16),
        };

        var (edges, _) = LineageResolver.Resolve([policy, visit, citing], [(Citing("The decision of the Quality and Performance Committee on 16 February 2015 to approve the Individual Funding Requests Policy (version 1.1) was ratified."), "sha")]);
        var (none, unresolved) = LineageResolver.Resolve([policy, visit, citing], [(Citing("The decision of the Quality and Performance Committee on 16 February 2015 was ratified."), "sha")]);

        Assert.Equal("q1", Assert.Single(edges).To);
        Assert.Empty(none);
        Assert.Equal(2, Assert.Single(unresolved).Candidates.Count);
    }

    [Fact]
    public void DescriptionNamingOnlyTheBody_CitesItsLatestMeetingBefore_AndNoneBeyondAQuarter()
    {
        var earlier = Decision("a1", Marsh, "AC/15/3", "2015-09-10", "Audit Committee", subject: "Counter fraud policy");
        var latest = Decision("a2", Marsh, "AC/15/9", "2015-12-08", "Audit Committee", subject: "Complaints policy");
        var citing = Decision("g1", Marsh, "GB16/004", "2016-01-20", "Governing Body", DecisionOutcomes.Ratified);
        var stale = Decision("g2", Marsh, "GB16/090", "2016-07-20", "Governing Body", DecisionOutcomes.Ratified);
        Citation Described(Decision from) => new()
        {
            DocumentId = "doc-" + from.DecisionId,
            Text = "The Governing Body ratified the decision of the Audit Committee at its last meeting to approve the Complaints Policy.",
            FromDecisionId = from.DecisionId,
            Relation = LineageEdgeTypes.Ratifies,
            Method = "description",
            CitedBody = "Audit Committee",
        };

        var (edges, unresolved) = LineageResolver.Resolve([earlier, latest, citing, stale], [(Described(citing), "sha"), (Described(stale), "sha")]);

        Assert.Equal(("g1", "a2"), (Assert.Single(edges).From, edges[0].To));
        Assert.Equal("g2", Assert.Single(unresolved).Citation.FromDecisionId);
    }

    [Fact]
    public void DeferralCitedByTheLaterDecision_IsTheDeferredDecisionOfThatDay_DeferringToTheCitingOne()
    {
        var approvedThatDay = Decision("g1", Marsh, "GB16/070", "2016-07-20", "Governing Body", subject: "Estates strategy");
        var deferredThatDay = Decision("g2", Marsh, "GB16/071", "2016-07-20", "Governing Body", DecisionOutcomes.Deferred, "Bariatric Surgery Policy");
        var takenUp = Decision("g3", Marsh, "GB16/101", "2016-09-21", "Governing Body", subject: "Bariatric Surgery Policy");
        var citation = new Citation
        {
            DocumentId = takenUp.DocumentId,
            Text = "The Governing Body approved the Bariatric Surgery Policy, following its deferral at the meeting on 20 July 2016.",
            FromDecisionId = "g3",
            Relation = LineageEdgeTypes.DefersTo,
            Method = "description",
            CitedDateFrom = new DateOnly(2016, 7, 20),
            CitedDateTo = new DateOnly(2016, 7, 20),
        };

        var (edges, unresolved) = LineageResolver.Resolve([approvedThatDay, deferredThatDay, takenUp], [(citation, "sha")]);

        Assert.Empty(unresolved);
        Assert.Equal(
            [("g2", "g3", LineageEdgeTypes.DefersTo), ("g3", "g2", LineageEdgeTypes.References)],
            edges.Select(e => (e.From, e.To, e.Type)).Order());
    }

    [Fact]
    public void Result_DoesNotDependOnInputOrder()
    {
        var decisions = new[]
        {
            Decision("d1", Marsh, "PCCC/19/11", "2019-02-12", "Primary Care Commissioning Committee"),
            Decision("d2", Marsh, "GB19/024", "2019-03-26", "Governing Body", DecisionOutcomes.Ratified),
            Decision("d3", Marsh, "GB19/040", "2019-05-28", "Governing Body"),
        };
        var citations = new[] { Cite(decisions[1], "PCCC/19/11", LineageEdgeTypes.Ratifies), Cite(decisions[2], "GB19/024", LineageEdgeTypes.Amends) };

        var forwards = LineageResolver.Resolve(decisions, citations).Edges;
        var backwards = LineageResolver.Resolve([.. decisions.Reverse()], [.. citations.Reverse()]).Edges;

        Assert.Equal(forwards, backwards);
        Assert.Equal(2, forwards.Count);
    }

    private static Decision Decision(string id, string? ccg, string? reference, string date, string body, string outcome = DecisionOutcomes.Approved, string? subject = null) => new()
    {
        DecisionId = id,
        DocumentId = "doc-" + id,
        Reference = reference,
        CanonicalReference = reference is null ? null : DecisionReferences.Canonical(reference),
        Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Body = body,
        Ccg = ccg,
        Icb = Icb,
        Outcome = outcome,
        Subject = subject ?? reference,
        Text = $"The {body} {outcome} {subject ?? reference}.",
    };

    private static (Citation, string) Cite(Decision from, string reference, string relation) =>
        (new Citation { DocumentId = from.DocumentId, Text = $"cites {reference}", FromDecisionId = from.DecisionId, Relation = relation, Method = "reference", CitedReference = reference }, "sha-" + from.DocumentId);
}
