using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Enrichment.Tests;

/// <summary>What documents say about organisations the register lacks: their names, and where their duties went.</summary>
public sealed class OrganisationFactTests
{
    [Fact]
    public void IcbMinutesListingPredecessorCcgs_SayEachWentToTheIcb()
    {
        var result = Minutes.Enrich("board.docx",
            "NHS Westmere Integrated Care Board\nMinutes of the Board meeting held in public on 1 July 2022\n" +
            "B22/007 Adoption of Predecessor CCG Policies\nIt was agreed that the ICB adopt the policies listed at Appendix 2.\n" +
            "Appendix 2: Policies of predecessor CCGs adopted by the ICB\n" +
            "CCG | Policy | Decision\n" +
            "NHS Eastmere CCG | Wheelchair Policy | GB20/058\n" +
            "NHS Lowmere CCG | Wheelchair Policy | GB 2020-58");

        Assert.Equal(
            [("NHS Eastmere CCG", "NHS Westmere Integrated Care Board"), ("NHS Lowmere CCG", "NHS Westmere Integrated Care Board")],
            result.OrganisationFacts.Select(f => (f.Organisation, f.Successor)).Order());
    }

    [Fact]
    public void CcgThatWasAJointCommitteeMember_IsTheOneWhoseDutiesPass()
    {
        var result = Minutes.Enrich("closedown.docx",
            "NHS Eastmere CCG\nClosedown report\n" +
            "Although the CCG has been a member of the Mere Joint Strategic Commissioning Board since 2019, its functions transfer to NHS Westmere Integrated Care Board and not to NHS Northmere Integrated Care Board.");

        var fact = Assert.Single(result.OrganisationFacts);
        Assert.Equal(("NHS Eastmere CCG", "NHS Westmere Integrated Care Board"), (fact.Organisation, fact.Successor));
    }

    [Fact]
    public void JointCommitteeNamedBeforeItsMembers_IsRecognised()
    {
        var finder = new OrganisationFinder(Minutes.Wording);

        var found = finder.FindIn("Approved by the Joint Committee of the Eastmere and Lowmere CCGs on 18 September 2020.", Gazetteer.Empty);

        var committee = Assert.Single(found);
        Assert.Equal(("Joint Committee of the Eastmere and Lowmere CCGs", OrganisationKinds.JointCommittee), (committee.Organisation.Name, committee.Organisation.Kind));
    }

    [Fact]
    public void JointCommitteeOfMembersWhoseNamesHaveJoiners_KeepsTheWholeNames()
    {
        var finder = new OrganisationFinder(Minutes.Wording);

        var found = finder.FindIn("Agreed by the Joint Committee of the Ashby upon Wold and Lowmere CCGs in March 2021.", Gazetteer.Empty);

        var committee = Assert.Single(found);
        Assert.Equal("Joint Committee of the Ashby upon Wold and Lowmere CCGs", committee.Organisation.Name);
    }

    [Fact]
    public void TheWordsBeforeACommitteesMembers_ComeFromThePhrasebook()
    {
        var phrasebook = Minutes.Wording.Phrasebook;
        var wording = new Wording(phrasebook with { Organisations = phrasebook.Organisations with { MemberLeadIns = ["for the"] } });
        const string Text = "Agreed by the Joint Committee for the Eastmere and Lowmere CCGs in March 2021.";

        var found = new OrganisationFinder(wording).FindIn(Text, Gazetteer.Empty);
        var byDefault = new OrganisationFinder(Minutes.Wording).FindIn(Text, Gazetteer.Empty);

        Assert.Equal("Joint Committee for the Eastmere and Lowmere CCGs", Assert.Single(found).Organisation.Name);
        Assert.Empty(byDefault);
    }

    [Fact]
    public void WordsThatDescribeACcg_AreNotItsName()
    {
        var finder = new OrganisationFinder(Minutes.Wording);

        Assert.Empty(finder.FindIn("B22/07 Adoption of Predecessor CCG Policies", Gazetteer.Empty));
    }
}
