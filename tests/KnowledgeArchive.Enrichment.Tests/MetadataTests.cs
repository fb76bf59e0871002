using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Enrichment.Tests;

public sealed class MetadataTests
{
    [Fact]
    public void MinutesTitleBlock_GivesOrganisationBodyDateAndSession()
    {
        var result = Minutes.Enrich(
            "scan0042.pdf",
            "NHS Testford Clinical Commissioning Group\nMinutes of the Governing Body meeting held in public on Wednesday 11th November 2015 at 2pm\nPresent:\nDr A Person, Chair");

        var m = result.Metadata;
        Assert.Equal(DocumentTypes.Minutes, m.DocumentType);
        Assert.Equal("NHS Testford CCG", m.Ccg);
        Assert.Equal("NHS Testshire Integrated Care Board", m.Icb);
        Assert.Equal("Governing Body", m.Body);
        Assert.Equal(new DateOnly(2015, 11, 11), m.Date);
        Assert.Equal(Sessions.Public, m.Session);
        Assert.Equal(Sensitivities.Public, m.Sensitivity);
        Assert.Equal("Minutes of the Testford CCG Governing Body, 11 November 2015, public session", result.Description);
    }

    [Fact]
    public void IcbMinutes_ListingPredecessorCcgs_AreTheIcbs_ForTheCcgsWereAbolished()
    {
        var m = Minutes.Enrich(
            "board.docx",
            "NHS Testshire Integrated Care Board\nMinutes of the Board meeting held in public on 1 July 2022\n" +
            "Under the transfer scheme the policies of NHS Testford CCG transferred to the ICB on 1 July 2022.").Metadata;

        Assert.Null(m.Ccg);
        Assert.Equal("NHS Testshire Integrated Care Board", m.Icb);
        Assert.Equal("Board", m.Body);
    }

    [Fact]
    public void Part2Minutes_ArePrivateAndRestricted()
    {
        var m = Minutes.Enrich("x.pdf", "NHS Testford CCG\nCONFIDENTIAL\nMinutes of the Part 2 (private) Governing Body meeting held in private on 04/06/2014").Metadata;

        Assert.Equal(Sessions.Private, m.Session);
        Assert.Equal(Sensitivities.Restricted, m.Sensitivity);
        Assert.Equal(new DateOnly(2014, 6, 4), m.Date);
    }

    [Fact]
    public void DateOnlyInTheFooter_IsFound()
    {
        var m = Minutes.Enrich(
            "minutes.pdf",
            ["NHS Testford CCG | Primary Care Commissioning Committee | 17 March 2016 | Page 1"],
            "Minutes of the Primary Care Commissioning Committee\nPresent: members").Metadata;

        Assert.Equal(new DateOnly(2016, 3, 17), m.Date);
        Assert.Equal("Primary Care Commissioning Committee", m.Body);
        Assert.Equal("NHS Testford CCG", m.Ccg);
    }

    [Fact]
    public void FileNameIsTheLastResort_ForOrganisationBodyAndDate()
    {
        var m = Minutes.Enrich("TST GB Minutes 04.06.14 PUBLIC.pdf", "Minutes\nItems discussed at the meeting.").Metadata;

        Assert.Equal("NHS Testford CCG", m.Ccg);
        Assert.Equal("Governing Body", m.Body);
        Assert.Equal(new DateOnly(2014, 6, 4), m.Date);
    }

    [Fact]
    public void OrganisationMissingFromTheGazetteer_IsRecognisedAndReported()
    {
        var result = Minutes.Enrich(
            "kwo.pdf",
            "NHS Kestwick and Orley Clinical Commissioning Group\nMinutes of the Governing Body meeting held on 9 May 2022\nNHS Kestwick and Orley CCG thanked members.");

        Assert.Equal("NHS Kestwick and Orley CCG", result.Metadata.Ccg);
        Assert.Null(result.Metadata.Icb);
        Assert.Equal(["NHS Kestwick and Orley CCG"], result.UnknownOrganisations);
    }

    [Fact]
    public void Policy_DocumentControlIsRead_AndItsDateIsTheApprovalDate()
    {
        var result = Minutes.Enrich(
            "policy.docx",
            "NHS Testford CCG\nWheelchair Provision Policy\nPolicy reference | TST-CP-009\nVersion | 2.1\nApproved by | Primary Care Commissioning Committee (PCCC/19/11)\nDate of approval | 12 February 2019\nReview date | February 2021\nVersion history\nVersion | Date | Approval | Changes\n1.0 | 03/2016 | Approved by Governing Body | First policy\n2.1 | 02/2019 | Approved by PCCC | Criteria tightened; supersedes v1.0");

        Assert.Equal(DocumentTypes.Policy, result.Metadata.DocumentType);
        Assert.Equal(new DateOnly(2019, 2, 12), result.Metadata.Date);
        Assert.Equal("Primary Care Commissioning Committee", result.Metadata.Body);
        Assert.Null(result.Metadata.Session);
        var policy = Assert.IsType<PolicyInfo>(result.Policy);
        Assert.Equal("TST-CP-009", policy.Reference);
        Assert.Equal("2.1", policy.Version);
        Assert.Equal(new DateOnly(2021, 2, 1), policy.ReviewDate);
        Assert.Equal(["1.0", "2.1"], policy.History.Select(h => h.Version));
        Assert.Equal("1.0", policy.History[1].Supersedes);
    }

    [Fact]
    public void JointCommitteeMinutes_HaveNoCcg_AndTheCommitteeAsBody()
    {
        var m = Minutes.Enrich("jc.pdf", "Testshire CCGs Joint Committee\nMinutes of the Testshire CCGs Joint Committee meeting on 17 September 2021").Metadata;

        Assert.Null(m.Ccg);
        Assert.Equal("NHS Testshire Integrated Care Board", m.Icb);
        Assert.Equal("Testshire CCGs Joint Committee", m.Body);
    }

    [Fact]
    public void HandoverPaper_IsTheCcgs_WithItsOwnDate()
    {
        var m = Minutes.Enrich("handover.pdf", "NHS Testford CCG\nLegacy and Handover Statement\nTransfer of functions to NHS Testshire Integrated Care Board on 1 July 2022 - version 1.0, 18 May 2022").Metadata;

        Assert.Equal(DocumentTypes.Handover, m.DocumentType);
        Assert.Equal("NHS Testford CCG", m.Ccg);
        Assert.Equal(new DateOnly(2022, 5, 18), m.Date);
        Assert.Null(m.Body);
    }

    [Fact]
    public void UnknownDocument_IsOther_WithNothingInvented()
    {
        var m = Minutes.Enrich("notes.pdf", "Some notes about car parking arrangements.").Metadata;

        Assert.Equal(DocumentTypes.Other, m.DocumentType);
        Assert.Null(m.Ccg);
        Assert.Null(m.Body);
        Assert.Null(m.Date);
        Assert.Null(m.Session);
    }
}
