using KnowledgeArchive.Generator.Model;

namespace KnowledgeArchive.Generator.Demo;

/// <summary>Minutes of the fictional NHS Hartwell CCG's Governing Body and Primary Care Commissioning Committee.</summary>
internal static class DemoMinutes
{
    private const string Ccg = "NHS Hartwell Clinical Commissioning Group";

    public static DocumentSpec GoverningBodyPublic() => new(
        "Minutes of the Governing Body meeting held in public",
        [
            PageSpec.Of(
                new HeadingBlock(Ccg, 0),
                new HeadingBlock("Minutes of the Governing Body meeting held in public on Tuesday 26 March 2019, 2.00pm, Board Room, Hartwell House"),
                TableBlock.Of(
                    ["Present", "Role"],
                    ["Dr Amelia Lowther", "Clinical Chair"],
                    ["Mr Rajesh Banerjee", "Accountable Officer"],
                    ["Mrs Joan Whitcombe", "Lay Member, Audit and Governance"],
                    ["Dr Oluwaseun Adeyemi", "GP Member"]),
                new HeadingBlock("GB19/021 Apologies and declarations of interest", 2),
                new ParagraphBlock("Apologies were received from Ms Clare Hodgkinson, Chief Finance Officer. No new declarations of interest were made in respect of items on the agenda."),
                new HeadingBlock("GB19/022 Minutes of the previous meeting", 2),
                new ParagraphBlock("The minutes of the meeting held on 29 January 2019 were agreed as an accurate record.")),
            PageSpec.Of(
                new HeadingBlock("GB19/023 Gluten-free prescribing", 2),
                new ParagraphBlock("Dr Adeyemi presented the outcome of the public consultation on gluten-free prescribing, which received 412 responses. Patients with coeliac disease will continue to receive bread and flour mixes on prescription; other gluten-free foods will no longer be prescribed, in line with the national guidance issued by the Department of Health and Social Care."),
                new ParagraphBlock("The Governing Body approved the Gluten-free Prescribing Policy (reference HWCCG-MM-007, version 2.0), which supersedes version 1.0 approved in June 2016, with effect from 1 May 2019."),
                new HeadingBlock("GB19/024 Primary Care Commissioning Committee", 2),
                new ParagraphBlock("The Governing Body ratified the decision of the Primary Care Commissioning Committee of 12 February 2019 (minute PCCC/19/11) to merge the Orchard Surgery and Millbrook Practice contracts from 1 April 2019.")),
            PageSpec.Of(
                new HeadingBlock("GB19/025 Assisted conception policy", 2),
                new ParagraphBlock("The Governing Body noted the proposed changes to the Assisted Conception Policy and deferred a decision to its May meeting, pending an equality impact assessment."),
                new HeadingBlock("GB19/026 Finance report, month 11", 2),
                new ParagraphBlock("The Governing Body noted the month 11 position: a forecast surplus of £1.2m against the control total, with QIPP delivery of 87 per cent."),
                new ParagraphBlock("Date of next meeting: Tuesday 28 May 2019.")),
        ])
    {
        Header = "NHS Hartwell CCG Governing Body - 26 March 2019 - Public",
        Footer = "Approved minutes",
    };

    public static DocumentSpec GoverningBodyPrivate() => new(
        "Minutes of the Governing Body meeting held in private (Part 2)",
        [
            PageSpec.Of(
                new HeadingBlock(Ccg, 0),
                new HeadingBlock("Minutes of the Governing Body meeting held in private (Part 2) on Tuesday 26 March 2019"),
                new ParagraphBlock("This part of the meeting was held in private because publicity would be prejudicial to the public interest by reason of the commercial nature of the business to be transacted."),
                new HeadingBlock("GB19/P07 Community musculoskeletal services procurement", 2),
                new ParagraphBlock("The Governing Body approved the award of the community musculoskeletal services contract to the preferred bidder for five years from 1 October 2019, subject to contract.")),
        ])
    {
        Header = "CONFIDENTIAL - Part 2",
        PropertiesTitle = "GB Part 2 minutes March 2019",
    };

    public static DocumentSpec PrimaryCareCommittee() => new(
        "Primary Care Commissioning Committee minutes",
        [
            PageSpec.Of(
                new HeadingBlock(Ccg, 0),
                new HeadingBlock("Minutes of the Primary Care Commissioning Committee held on 12 February 2019"),
                new HeadingBlock("PCCC/19/10 Declarations of interest", 2),
                new ParagraphBlock("GP members declared an interest in item PCCC/19/11 and took no part in the decision."),
                new HeadingBlock("PCCC/19/11 Orchard Surgery and Millbrook Practice merger", 2),
                new ParagraphBlock("The Committee approved the application to merge the General Medical Services contracts of Orchard Surgery and Millbrook Practice with effect from 1 April 2019, subject to ratification by the Governing Body.")),
            PageSpec.Of(
                new HeadingBlock("PCCC/19/12 Extended access", 2),
                new ParagraphBlock("The Committee noted the extended access utilisation report: 78 per cent of evening and weekend appointments were used in December 2019 compared with 71 per cent in the previous quarter."),
                new ParagraphBlock("Date of next meeting: 9 April 2019.")),
        ])
    {
        Footer = "PCCC minutes 12.02.2019",
    };
}
