using System.Globalization;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Language;
using KnowledgeArchive.Lineage.Rules;

namespace KnowledgeArchive.Lineage.Tests;

public sealed class LineageBuilderTests
{
    private const string Vale = "NHS Wyvern Valley CCG";
    private const string Marsh = "NHS North Marsh CCG";
    private const string Icb = "NHS Wyvern and Marsh Integrated Care Board";
    private const string JointCommittee = "Joint Committee of the Wyvern and Marsh CCGs";

    private static readonly Wording Wording = Wording.LoadDefault();

    [Fact]
    public void AdoptionAppendixRow_KnowsTheCcgDecision_AndLinksAdoptionHarmonisationReplacementAndTransfer()
    {
        var (decisions, citations, policies) = HarmonisationStory();

        var graph = new LineageBuilder(Wording).Build(decisions, citations, policies, Hashes());

        var valeAdoption = Assert.Single(graph.Cited, d => d.Reference == "GB20/058");
        Assert.Equal((Vale, new DateOnly(2020, 11, 12), DecisionOutcomes.Adopted, false), (valeAdoption.Ccg, valeAdoption.Date!.Value, valeAdoption.Outcome, valeAdoption.InArchive));
        var jointApproval = Assert.Single(graph.Cited, d => d.Body == JointCommittee);
        var valeOwnPolicy = Assert.Single(graph.Cited, d => d.Reference == "GB16/011");

        Assert.Contains(graph.Edges, e => (e.From, e.To, e.Type) == ("board-1", valeAdoption.DecisionId, LineageEdgeTypes.Adopts));
        Assert.Contains(graph.Edges, e => (e.From, e.To, e.Type) == (valeAdoption.DecisionId, jointApproval.DecisionId, LineageEdgeTypes.Adopts));
        var replaced = Assert.Single(graph.Edges, e => e.Type == LineageEdgeTypes.Supersedes && e.From == valeAdoption.DecisionId);
        Assert.Equal(valeOwnPolicy.DecisionId, replaced.To);
        Assert.Contains("PLCV", replaced.EvidenceText, StringComparison.Ordinal);
        var transfer = Assert.Single(graph.Edges, e => e.Type == LineageEdgeTypes.TransfersTo);
        Assert.Equal((valeAdoption.DecisionId, LineageNodes.Organisation(Icb)), (transfer.From, transfer.To));
        Assert.Equal("doc-board", transfer.EvidenceDocumentId);
        Assert.DoesNotContain(graph.Unresolved, u => u.Citation.CitedReference == "GB20/058");
    }

    [Fact]
    public void EveryLink_RecordsTheRuleThatFoundIt()
    {
        var (decisions, citations, policies) = HarmonisationStory();

        var graph = new LineageBuilder(Wording).Build(decisions, citations, policies, Hashes());

        var names = LineageRules.All.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(graph.Edges, e => Assert.Contains(e.Rule, names));
        Assert.Equal("handover", Assert.Single(graph.Edges, e => e.Type == LineageEdgeTypes.TransfersTo).Rule);
        Assert.Equal("replaced-policy", Assert.Single(graph.Edges, e => e.Type == LineageEdgeTypes.Supersedes && e.From != "board-1").Rule);
        Assert.Contains(graph.Edges, e => e.From == "board-1" && e.Type == LineageEdgeTypes.Adopts && e.Rule == "policy-table");
    }

    [Theory]
    [InlineData(LineageEdgeTypes.TransfersTo, true)]
    [InlineData(LineageEdgeTypes.References, false)]
    public void HandoverPaperListingAPolicy_CitesItsApproval_AndHandsItOnOnlyWhenListedAsTransferring(string relation, bool handedOn)
    {
        var approval = Decision("gb-1", Marsh, "GB19/023", "2019-03-26", "Governing Body", subject: "Gluten-free Prescribing Policy v2.0");
        var policy = Policy("doc-policy", Marsh, "Gluten-free Prescribing Policy", "NMA-MM-007", "2.0", "2019-03-26", "Governing Body (minute GB19/023)");
        var row = new Citation
        {
            DocumentId = "doc-handover",
            PageNumber = 2,
            Text = "Gluten-free Prescribing Policy | NMA-MM-007 | 2.0 | 26 March 2019 (GB19/023)",
            Relation = relation,
            Method = "reference",
            CitedReference = "GB19/023",
            CitedDateFrom = new DateOnly(2019, 3, 26),
            CitedDateTo = new DateOnly(2019, 3, 26),
        };

        var graph = new LineageBuilder(Wording).Build([approval], [Sourced(row, Marsh)], [policy], Hashes());

        Assert.Contains(graph.Edges, e => (e.From, e.To, e.Type) == (LineageNodes.Document("doc-handover"), "gb-1", LineageEdgeTypes.References));
        var transfers = graph.Edges.Where(e => e.Type == LineageEdgeTypes.TransfersTo).ToList();
        if (handedOn)
        {
            var transfer = Assert.Single(transfers);
            Assert.Equal(("gb-1", LineageNodes.Organisation(Icb), "handover-list", 2), (transfer.From, transfer.To, transfer.Rule, transfer.EvidencePage));
            Assert.Equal(row.Text, transfer.EvidenceText);
        }
        else
        {
            Assert.Empty(transfers);
        }
    }

    [Fact]
    public void DeferralWhoseMinutesAreNotHeld_IsKnownFromTheDecisionThatTookItUp()
    {
        var takenUp = Decision("gb-2", Marsh, "[18/006]", "2018-02-08", "Governing Body", subject: "Individual Funding Requests Policy v2.0");
        var citation = new Citation
        {
            DocumentId = takenUp.DocumentId,
            Text = "Members approved version 2.0 of the Individual Funding Requests Policy, following its deferral at the meeting on 14/12/2017 ([17/059]).",
            FromDecisionId = "gb-2",
            Relation = LineageEdgeTypes.DefersTo,
            Method = "reference",
            CitedReference = "[17/059]",
            CitedDateFrom = new DateOnly(2017, 12, 14),
            CitedDateTo = new DateOnly(2017, 12, 14),
        };

        var graph = new LineageBuilder(Wording).Build([takenUp], [Sourced(citation, Marsh)], [], Hashes());

        var deferred = Assert.Single(graph.Cited);
        Assert.Equal((DecisionOutcomes.Deferred, new DateOnly(2017, 12, 14), Marsh, "Governing Body", false), (deferred.Outcome, deferred.Date!.Value, deferred.Ccg, deferred.Body, deferred.InArchive));
        Assert.Contains(graph.Edges, e => (e.From, e.To, e.Type, e.Rule) == (deferred.DecisionId, "gb-2", LineageEdgeTypes.DefersTo, "deferral"));
        Assert.Contains(graph.Edges, e => (e.From, e.To, e.Type) == ("gb-2", deferred.DecisionId, LineageEdgeTypes.References));
        Assert.Empty(graph.Unresolved);
    }

    [Fact]
    public void Graph_IsTheSame_WhateverOrderTheInputsCome_In()
    {
        var (decisions, citations, policies) = HarmonisationStory();
        var expected = Describe(new LineageBuilder(Wording).Build(decisions, citations, policies, Hashes()));
        var random = new Random(7);

        for (var i = 0; i < 5; i++)
        {
            var shuffled = new LineageBuilder(Wording).Build(
                [.. decisions.OrderBy(_ => random.Next())],
                [.. citations.OrderBy(_ => random.Next())],
                [.. policies.OrderBy(_ => random.Next())],
                Hashes());
            Assert.Equal(expected, Describe(shuffled));
        }
    }

    [Fact]
    public void PolicyApprovalNamedWithoutAReference_AndAnAppendixRowGivingIt_AreOneDecision()
    {
        var board = Decision("board-1", null, "B22/005", "2022-07-01", "Board", DecisionOutcomes.Adopted, "Adoption of Predecessor CCG Policies");
        var policy = Policy("doc-ac-2", Marsh, "Assisted Conception Policy", "HV-CP-001", "2.0", "2017-11-08", "Governing Body, 8 November 2017");
        var row = Sourced(new Citation
        {
            DocumentId = "doc-board",
            Text = "NHS North Marsh CCG | Assisted Conception Policy | HV-CP-001 | 2.0 | Minute 73/17 | 08/11/2017",
            FromDecisionId = "board-1",
            Relation = LineageEdgeTypes.Adopts,
            Method = "reference",
            CitedReference = "Minute 73/17",
            CitedOrganisation = Marsh,
            CitedDateFrom = new DateOnly(2017, 11, 8),
            CitedDateTo = new DateOnly(2017, 11, 8),
        }, null);

        var graph = new LineageBuilder(Wording).Build([board], [row], [policy], Hashes());

        var approval = Assert.Single(graph.Cited);
        Assert.Equal(("Minute 73/17", "Governing Body", new DateOnly(2017, 11, 8)), (approval.Reference, approval.Body, approval.Date!.Value));
        Assert.Contains(graph.Edges, e => (e.From, e.To, e.Type) == ("board-1", approval.DecisionId, LineageEdgeTypes.Adopts));
        Assert.Contains(graph.Edges, e => (e.From, e.Type) == (approval.DecisionId, LineageEdgeTypes.TransfersTo));
    }

    [Fact]
    public void AppendixRowWithADateButNoReference_CitesTheDecisionOfThatDayAboutItsPolicy()
    {
        var board = Decision("board-1", null, "B22/005", "2022-07-01", "Board", DecisionOutcomes.Adopted, "Adoption of Predecessor CCG Policies");
        var adoption = Decision("gb-1", Marsh, "GB20/044", "2020-06-04", "Governing Body", DecisionOutcomes.Adopted, "Commissioning Policies") with
        {
            Text = "The Governing Body accepted the recommendation to adopt the Wheelchair Services Policy approved by the joint committee in March, which replaces the CCG's own wheelchair policy of 2017 and will stay in force until the ICB reviews it with partners across the system.",
        };
        var finance = Decision("gb-2", Marsh, "GB20/045", "2020-06-04", "Governing Body", DecisionOutcomes.Approved, "Annual Accounts") with
        {
            Text = "The Governing Body approved the annual accounts and the annual report for submission to NHS England, subject to the final opinion of the external auditors on the services commissioned.",
        };
        var estates = Decision("gb-3", Marsh, "GB20/046", "2020-06-04", "Governing Body", DecisionOutcomes.Approved, "Estates Strategy") with
        {
            Text = "The Governing Body approved the estates strategy for primary care services, including the policy on premises improvement grants for practices in the north of the area.",
        };
        var joint = Policy("doc-wheelchair", null, "Joint Committee Wheelchair Services Policy", "WM-CP-09", "1.0", "2020-03-20", "Joint Committee, 20 March 2020");
        var row = Sourced(new Citation
        {
            DocumentId = "doc-board",
            Text = "NHS North Marsh CCG | Wheelchair Services Policy | WM-CP-09 | 1.0 | 04/06/2020 | 04/06/2020",
            FromDecisionId = "board-1",
            Relation = LineageEdgeTypes.Adopts,
            Method = "table",
            CitedOrganisation = Marsh,
            CitedDateFrom = new DateOnly(2020, 6, 4),
            CitedDateTo = new DateOnly(2020, 6, 4),
        }, null);

        var graph = new LineageBuilder(Wording).Build([board, adoption, finance, estates], [row], [joint], Hashes());

        Assert.Contains(graph.Edges, e => (e.From, e.To, e.Type) == ("board-1", "gb-1", LineageEdgeTypes.Adopts));
        Assert.DoesNotContain(graph.Edges, e => e.To is "gb-2" or "gb-3");
    }

    [Fact]
    public void PaperThatRecordsNoDecision_References_TheDecisionsItCites_AndPoliciesTheirApproval()
    {
        var approval = Decision("gb-1", Marsh, "GB19/031", "2019-03-12", "Governing Body", DecisionOutcomes.Approved, "Wheelchair Policy");
        var other = Decision("gb-2", Vale, "GB19/031", "2019-03-14", "Governing Body", DecisionOutcomes.Approved, "Estates Strategy");
        var policy = Policy("doc-wheelchair", Marsh, "Wheelchair Policy", "NM-CP-07", "1.0", "2019-03-12", "Governing Body, 12 March 2019 (GB19/031)");
        var row = Sourced(new Citation
        {
            DocumentId = "doc-closedown",
            Text = "12/03/2019 | GB19/031 | Wheelchair Policy v1.0",
            Relation = LineageEdgeTypes.References,
            Method = "reference",
            CitedReference = "GB19/031",
            CitedDateFrom = new DateOnly(2019, 3, 12),
            CitedDateTo = new DateOnly(2019, 3, 12),
        }, Marsh);

        var graph = new LineageBuilder(Wording).Build([approval, other], [row], [policy], Hashes());

        var references = graph.Edges.Where(e => e.Type == LineageEdgeTypes.References).Select(e => (e.From, e.To)).Order().ToList();
        Assert.Equal([(LineageNodes.Document("doc-closedown"), "gb-1"), (LineageNodes.Document("doc-wheelchair"), "gb-1")], references);
        var cited = Assert.Single(graph.Edges, e => e.From == LineageNodes.Document("doc-closedown"));
        Assert.Equal(("doc-closedown", "12/03/2019 | GB19/031 | Wheelchair Policy v1.0"), (cited.EvidenceDocumentId, cited.EvidenceText));
    }

    [Fact]
    public void DescriptionDatedTheCitingMeetingsOwnDay_IsNotAGap()
    {
        var citing = Decision("gb-1", Marsh, "GB19/031", "2019-03-12", "Governing Body", DecisionOutcomes.Approved, "Wheelchair Policy");
        Citation Described(string date) => new()
        {
            DocumentId = "doc-gb-1",
            Text = $"The Governing Body on {date} approved the wheelchair policy.",
            FromDecisionId = "gb-1",
            Relation = LineageEdgeTypes.Ratifies,
            Method = "description",
            CitedBody = "Quality Committee",
            CitedDateFrom = DateOnly.Parse(date, CultureInfo.InvariantCulture),
        };

        var graph = new LineageBuilder(Wording).Build([citing], [Sourced(Described("2019-03-12"), Marsh), Sourced(Described("2019-02-11"), Marsh)], [], Hashes());

        Assert.Equal([new DateOnly(2019, 2, 11)], graph.Unresolved.Select(u => u.Citation.CitedDateFrom!.Value));
    }

    [Fact]
    public void SameTitledPolicy_AdoptedFromAJointCommittee_ImpliesTheLocalOneIsSuperseded_WithLowerConfidence()
    {
        var graph = AdoptionOfJointPolicy("Gluten-Free Prescribing Policy");

        Assert.Contains(graph.Edges, e => (e.From, e.To, e.Type) == ("gb-2", "jc-1", LineageEdgeTypes.Adopts));
        var implied = Assert.Single(graph.Edges, e => e.Type == LineageEdgeTypes.Supersedes);
        Assert.Equal(("gb-2", "gb-1"), (implied.From, implied.To));
        Assert.True(implied.Confidence < 0.8);
    }

    [Fact]
    public void AdoptedPolicyWithAOneWordTitle_ImpliesNothingAboutTheLocalOnes()
    {
        var graph = AdoptionOfJointPolicy("Prescribing Policy");

        Assert.Contains(graph.Edges, e => (e.From, e.To, e.Type) == ("gb-2", "jc-1", LineageEdgeTypes.Adopts));
        Assert.DoesNotContain(graph.Edges, e => e.Type == LineageEdgeTypes.Supersedes);
    }

    [Fact]
    public void DeferredItem_DefersTo_TheDecisionAtTheMeetingItNames()
    {
        var deferred = Decision("d-1", Marsh, "Minute 53/17", "2017-09-13", "Governing Body", DecisionOutcomes.Deferred, "Assisted Conception Policy (version 2.0)")
            with { Text = "The Governing Body DEFERRED the Assisted Conception Policy (version 2.0) to the November 2017 meeting." };
        var october = Decision("d-2", Marsh, "Minute 60/17", "2017-10-11", "Governing Body", subject: "Assisted Conception Policy (version 2.0) consultation plan");
        var november = Decision("d-3", Marsh, "Minute 73/17", "2017-11-08", "Governing Body", subject: "Assisted Conception Policy v2.0");
        var later = Decision("d-4", Marsh, "Minute 12/18", "2018-02-14", "Governing Body", subject: "Assisted Conception Policy v2.1");

        var graph = new LineageBuilder(Wording).Build([deferred, october, november, later], [], [], Hashes());

        var edge = Assert.Single(graph.Edges);
        Assert.Equal(("d-1", "d-3", LineageEdgeTypes.DefersTo), (edge.From, edge.To, edge.Type));
        Assert.Equal(new string('d', 64), edge.EvidenceSha256);
    }

    [Fact]
    public void DeferredItem_WhoseNamedMeetingIsNotHeld_OrTakenUpOnlyYearsLater_DefersToNothingHeld()
    {
        var toNovember = Decision("d-1", Marsh, "Minute 53/17", "2017-09-13", "Governing Body", DecisionOutcomes.Deferred, "Assisted Conception Policy (version 2.0)")
            with { Text = "The Governing Body DEFERRED the Assisted Conception Policy (version 2.0) to the November 2017 meeting." };
        var unnamed = Decision("d-5", Marsh, "Minute 54/17", "2017-09-13", "Governing Body", DecisionOutcomes.Deferred, "Wheelchair Services Strategy")
            with { Text = "The Governing Body deferred the Wheelchair Services Strategy pending further engagement." };
        var february = Decision("d-4", Marsh, "Minute 12/18", "2018-02-14", "Governing Body", subject: "Assisted Conception Policy v2.0");
        var twoYearsOn = Decision("d-6", Marsh, "Minute 40/19", "2019-10-09", "Governing Body", subject: "Wheelchair Services Strategy");

        var graph = new LineageBuilder(Wording).Build([toNovember, unnamed, february, twoYearsOn], [], [], Hashes());

        Assert.DoesNotContain(graph.Edges, e => e.Type == LineageEdgeTypes.DefersTo);
    }

    [Fact]
    public void SupersededVersion_WithNoApprovalInItsPolicy_IsTheDecisionThatApprovedThatVersionByName()
    {
        var first = Decision("q-1", Marsh, "QPC/14/02", "2014-10-14", "Quality and Performance Committee", subject: "Assisted Conception Policy")
            with { Text = "Decision: the Committee approved the Assisted Conception Policy (version 1.0)." };
        var other = Decision("q-2", Marsh, "QPC/14/03", "2014-10-14", "Quality and Performance Committee", subject: "Wheelchair Policy")
            with { Text = "The Committee approved the Wheelchair Policy (version 1.0)." };
        var second = Decision("g-1", Marsh, "GB16/070", "2016-12-01", "Governing Body", subject: "Assisted Conception Policy v2.0");
        var policy = Policy("doc-ac", Marsh, "Assisted Conception Policy", "POL004", "2.0", "2016-12-01", "Governing Body, 1 December 2016 (GB16/070)");
        var citation = Sourced(new Citation { DocumentId = "doc-ac", Text = "Supersedes Assisted Conception Policy version 1.0", Relation = LineageEdgeTypes.Supersedes, Method = "reference", CitedPolicyVersion = "1.0" }, Marsh);

        var graph = new LineageBuilder(Wording).Build([first, other, second], [citation], [policy], Hashes());

        var edge = Assert.Single(graph.Edges, e => e.Type != LineageEdgeTypes.References);
        Assert.Equal(("g-1", "q-1", LineageEdgeTypes.Supersedes), (edge.From, edge.To, edge.Type));
    }

    /// <summary>A CCG with its own Gluten-Free Foods Prescribing Policy adopting a joint committee's policy of the given title.</summary>
    private static LineageBuild AdoptionOfJointPolicy(string jointTitle)
    {
        var jointApproval = Decision("jc-1", null, "RJC 2021-60", "2021-09-17", JointCommittee, subject: jointTitle);
        var localApproval = Decision("gb-1", Marsh, "GB16/040", "2016-07-21", "Governing Body", subject: "Gluten-Free Foods Prescribing Policy v2.0");
        var adoption = Decision("gb-2", Marsh, "GB21/060", "2021-11-08", "Governing Body", DecisionOutcomes.Adopted, "Adoption of the " + jointTitle);
        var policies = new[]
        {
            Policy("doc-jc", null, jointTitle, "RAV-MM-21", "1.0", "2021-09-17", $"{JointCommittee}, 17 September 2021 (RJC 2021-60)"),
            Policy("doc-local", Marsh, "Gluten-Free Foods Prescribing Policy", "KOCCG004", "2.0", "2016-07-21", "Governing Body, 21 July 2016 (GB16/040)"),
        };
        var citation = new Citation { DocumentId = adoption.DocumentId, Text = $"It was agreed that the CCG adopt the {jointTitle} (RJC 2021-60).", FromDecisionId = "gb-2", Relation = LineageEdgeTypes.Adopts, Method = "reference", CitedReference = "RJC 2021-60" };
        return new LineageBuilder(Wording).Build([jointApproval, localApproval, adoption], [Sourced(citation, Marsh)], policies, Hashes());
    }

    private static (List<Decision>, List<SourcedCitation>, List<PolicyDocument>) HarmonisationStory()
    {
        var board = Decision("board-1", null, "B/22/07", "2022-07-01", "Board", DecisionOutcomes.Adopted, "Adoption of Predecessor CCG Policies")
            with { DocumentId = "doc-board", Text = "It was agreed that the ICB adopt the policies of the predecessor CCGs listed at Appendix 2." };
        var unrelated = Decision("gb-x", Vale, "GB20/059", "2020-11-12", "Governing Body", subject: "Winter plan");
        var policies = new List<PolicyDocument>
        {
            Policy("doc-jc-policy", null, "Evidence-Based Interventions Policy", "WAM-CP-05", "1.0", "2020-09-18", $"{JointCommittee}, 18 September 2020"),
            Policy("doc-vale-policy", Vale, "Procedures of Limited Clinical Value Policy", "WVY-CP-002", "2.0", "2016-01-14", "Governing Body, 14 January 2016 (GB16/011)"),
        };
        var citations = new List<SourcedCitation>
        {
            Sourced(new Citation
            {
                DocumentId = "doc-board",
                PageNumber = 4,
                Text = "NHS Wyvern Valley CCG | Evidence-Based Interventions Policy | WAM-CP-05 | 1.0 | GB20/058 | 12/11/2020",
                FromDecisionId = "board-1",
                Relation = LineageEdgeTypes.Adopts,
                Method = "reference",
                CitedReference = "GB20/058",
                CitedOrganisation = Vale,
                CitedDateFrom = new DateOnly(2020, 11, 12),
                CitedDateTo = new DateOnly(2020, 11, 12),
            }, null),
            Sourced(new Citation
            {
                DocumentId = "doc-jc-policy",
                Text = "This version replaced the local PLCV policies with a single policy for the Wyvern and Marsh area.",
                Relation = LineageEdgeTypes.Supersedes,
                Method = "description",
            }, null),
        };
        return ([board, unrelated], citations, policies);
    }

    private static string Describe(LineageBuild graph) =>
        string.Join('\n', graph.Edges.Select(e => $"{e.From} {e.Type} {e.To} {e.Method} {e.Confidence} {e.EvidenceDocumentId} {e.EvidenceText}"))
        + "\n" + string.Join('\n', graph.Cited.Select(d => $"{d.DecisionId} {d.Reference} {d.Date} {d.Outcome} {d.Body}"))
        + "\n" + string.Join('\n', graph.Unresolved.Select(u => u.Citation.Text));

    private static Dictionary<string, string> Hashes() => new()
    {
        ["doc-d-1"] = new string('d', 64),
    };

    private static SourcedCitation Sourced(Citation citation, string? ccg) => new(citation, "sha-" + citation.DocumentId, ccg, Icb);

    private static PolicyDocument Policy(string documentId, string? ccg, string title, string reference, string version, string approvedOn, string approvedBy) =>
        new(documentId, title, ccg, Icb, Date(approvedOn), new PolicyInfo(reference, version, Date(approvedOn), null, []) { ApprovedBy = approvedBy, Title = title })
        {
            Sha256 = "sha-" + documentId,
        };

    private static Decision Decision(string id, string? ccg, string reference, string date, string body, string outcome = DecisionOutcomes.Approved, string? subject = null) => new()
    {
        DecisionId = id,
        DocumentId = "doc-" + id,
        Reference = reference,
        CanonicalReference = DecisionReferences.Canonical(reference),
        Date = Date(date),
        Body = body,
        Ccg = ccg,
        Icb = Icb,
        Outcome = outcome,
        Subject = subject ?? reference,
        Text = $"The {body} {outcome} {subject ?? reference}.",
    };

    private static DateOnly Date(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
