using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Lineage.Tests;

public sealed class PolicyControlTests
{
    private static readonly Wording Wording = Wording.LoadDefault();

    [Fact]
    public void DocumentControl_LinksRatificationAndVersions_UsingArchiveDecisionsWhereHeld()
    {
        var ratification = new Decision
        {
            DecisionId = "gb-ratify",
            DocumentId = "doc-gb",
            Reference = "GB16/048",
            CanonicalReference = DecisionReferences.Canonical("GB16/048"),
            Date = new DateOnly(2016, 9, 12),
            Body = "Governing Body",
            Ccg = "NHS Kestwick and Orley CCG",
            Outcome = DecisionOutcomes.Ratified,
            Text = "It was agreed that the decision of the Quality and Performance Committee be ratified.",
        };
        var policy = new PolicyDocument(
            "doc-policy",
            "Gluten-Free Foods Prescribing Policy",
            "NHS Kestwick and Orley CCG",
            "NHS Ravensmoor Integrated Care Board",
            new DateOnly(2016, 7, 21),
            new PolicyInfo("KOCCG004", "2.0", new DateOnly(2016, 7, 21), null, [
                new PolicyVersionEntry("1.0", new DateOnly(2015, 4, 16), "Quality and Performance Committee", null, null, "Original policy"),
                new PolicyVersionEntry("2.0", new DateOnly(2016, 7, 21), "Quality and Performance Committee", null, "1.0", "Limited prescribing"),
            ])
            {
                ApprovedBy = "Quality and Performance Committee, 21 July 2016",
                RatifiedBy = "Governing Body, 12 September 2016 (GB16/048)",
                Title = "Gluten-Free Foods Prescribing Policy",
            })
        { Sha256 = new string('a', 64) };

        var (edges, cited) = new PolicyControlLinks(Wording).Derive([policy], [ratification]);

        Assert.Equal(2, cited.Count);
        Assert.All(cited, c => Assert.False(c.InArchive));
        var approval = Assert.Single(cited, c => c.Date == new DateOnly(2016, 7, 21));
        var original = Assert.Single(cited, c => c.Date == new DateOnly(2015, 4, 16));
        Assert.Equal("Quality and Performance Committee", approval.Body);
        Assert.Contains(edges, e => e.From == "gb-ratify" && e.To == approval.DecisionId && e.Type == LineageEdgeTypes.Ratifies && e.Method == "table");
        Assert.Contains(edges, e => e.From == approval.DecisionId && e.To == original.DecisionId && e.Type == LineageEdgeTypes.Supersedes);
        Assert.All(edges, e => Assert.Equal(new string('a', 64), e.EvidenceSha256));
    }

    [Fact]
    public void MinorVersion_Amends_TheOneBefore()
    {
        var policy = new PolicyDocument("doc-p", "Wheelchair Policy", "NHS Testford CCG", null, new DateOnly(2018, 2, 7),
            new PolicyInfo("TST-1", "1.1", new DateOnly(2018, 2, 7), null, [new PolicyVersionEntry("1.0", new DateOnly(2016, 7, 11), "Governing Body", null, null, "First")])
            {
                ApprovedBy = "Governing Body",
            });

        var (edges, _) = new PolicyControlLinks(Wording).Derive([policy], []);

        Assert.Equal(LineageEdgeTypes.Amends, Assert.Single(edges, e => e.Type != LineageEdgeTypes.References).Type);
    }

    [Fact]
    public void VersionHistory_ChainsEveryVersion_AndTheDocumentCitesEachEarlierApproval()
    {
        var policy = new PolicyDocument("doc-p", "Hearing Aids Policy", "NHS Testford CCG", null, new DateOnly(2019, 6, 4),
            new PolicyInfo("TST-9", "2.0", new DateOnly(2019, 6, 4), null, [
                new PolicyVersionEntry("1.0", new DateOnly(2015, 3, 2), "Clinical Executive Committee", "CEC 15.021", null, "First issue"),
                new PolicyVersionEntry("1.1", new DateOnly(2016, 10, 5), "Governing Body", "GB 16.077", null, "Eligibility clarified"),
                new PolicyVersionEntry("2.0", new DateOnly(2019, 6, 4), "Governing Body", null, "1.1", "Rewritten"),
            ])
            {
                ApprovedBy = "Governing Body, 4 June 2019",
            });

        var (edges, cited) = new PolicyControlLinks(Wording).Derive([policy], []);

        var first = Assert.Single(cited, c => c.Date == new DateOnly(2015, 3, 2));
        var minor = Assert.Single(cited, c => c.Date == new DateOnly(2016, 10, 5));
        var current = Assert.Single(cited, c => c.Date == new DateOnly(2019, 6, 4));
        Assert.Equal(DecisionReferences.Canonical("GB 16.077"), minor.CanonicalReference);
        Assert.Contains(edges, e => e.From == minor.DecisionId && e.To == first.DecisionId && e.Type == LineageEdgeTypes.Amends);
        Assert.Contains(edges, e => e.From == current.DecisionId && e.To == minor.DecisionId && e.Type == LineageEdgeTypes.Supersedes);
        Assert.DoesNotContain(edges, e => e.From == current.DecisionId && e.To == first.DecisionId);
        var document = LineageNodes.Document("doc-p");
        Assert.All(new[] { first, minor, current }, d => Assert.Contains(edges, e => e.From == document && e.To == d.DecisionId && e.Type == LineageEdgeTypes.References));
    }

    [Fact]
    public void ApprovalNamedByMonthInOnePolicy_AndByReferenceAndDayInAnother_IsOneDecision()
    {
        PolicyDocument Policy(string id, string version, DateOnly approved, PolicyVersionEntry[] history, string approvedBy) =>
            new(id, "Wheelchair Policy", "NHS Testford CCG", null, approved,
                new PolicyInfo("TST-1", version, approved, null, history) { ApprovedBy = approvedBy, Title = "Wheelchair Policy" });
        var original = Policy("doc-a", "1.0", new DateOnly(2016, 9, 19), [], "Governing Body, 19 September 2016 (GB/226)");
        var revised = Policy("doc-b", "2.0", new DateOnly(2018, 1, 8), [new PolicyVersionEntry("1.0", new DateOnly(2016, 9, 1), "Governing Body", null, null, "Approved by Governing Body 09/2016")], "Governing Body, 8 January 2018");

        var (edges, cited) = new PolicyControlLinks(Wording).Derive([original, revised], []);

        var first = Assert.Single(cited, c => c.Date?.Year == 2016);
        Assert.Equal(new DateOnly(2016, 9, 19), first.Date);
        Assert.Contains(edges, e => e.To == first.DecisionId && e.Type == LineageEdgeTypes.Supersedes);
    }

    [Fact]
    public void TitleCarryingTheOrganisationsName_StillFindsTheHeldDecisionThatNamesThePolicyWithoutIt()
    {
        var ratification = new Decision
        {
            DecisionId = "gb-ratify",
            DocumentId = "doc-gb",
            Date = new DateOnly(2015, 11, 3),
            Body = "Governing Body",
            Ccg = "NHS Testford CCG",
            Outcome = DecisionOutcomes.Ratified,
            Text = "The Governing Body ratified the Audit Committee's approval of the Wheelchair Services Policy (version 1.0).",
        };
        var policy = new PolicyDocument("doc-p", "NHS Testford CCG Wheelchair Services Policy", "NHS Testford CCG", null, new DateOnly(2015, 10, 22),
            new PolicyInfo("TST-4", "1.0", new DateOnly(2015, 10, 22), null, [])
            {
                ApprovedBy = "Audit Committee, 22 October 2015",
                RatifiedBy = "Governing Body, 3 November 2015",
                Title = "NHS Testford CCG Wheelchair Services Policy",
            });

        var (edges, cited) = new PolicyControlLinks(Wording).Derive([policy], [ratification]);

        Assert.DoesNotContain(cited, c => c.Date == new DateOnly(2015, 11, 3));
        Assert.Contains(edges, e => e.From == "gb-ratify" && e.Type == LineageEdgeTypes.Ratifies);
    }
}
