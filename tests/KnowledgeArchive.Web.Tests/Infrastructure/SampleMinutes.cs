using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>Governing Body minutes with decisions on two pages, as a PDF made in code.</summary>
public static class SampleMinutes
{
    public static byte[] Pdf(string topic, string outcome = "APPROVED") => new PdfDocumentWriter().ToBytes(new DocumentSpec(
        "Minutes",
        [
            PageSpec.Of(
                new HeadingBlock("NHS Hartwell Clinical Commissioning Group", 0),
                new HeadingBlock("Minutes of the Governing Body meeting held in public on 12 June 2018"),
                new HeadingBlock("GB18/041 Minutes of the previous meeting", 2),
                new ParagraphBlock("The minutes of the meeting held on 10 April 2018 were agreed as a correct record.")),
            PageSpec.Of(
                new HeadingBlock($"GB18/042 {topic}", 2),
                new ParagraphBlock($"The Director of Commissioning presented the {topic} paper."),
                new ParagraphBlock($"RESOLVED: The Governing Body {outcome} the {topic} with effect from 1 July 2018.")),
        ]));

    /// <summary>A policy with its document control table, as .docx.</summary>
    public static byte[] PolicyDocx() => new DocxDocumentWriter().ToBytes(new DocumentSpec(
        "Wheelchair Policy",
        [
            PageSpec.Of(
                new HeadingBlock("NHS Hartwell CCG", 0),
                new HeadingBlock("Wheelchair Provision Policy", 1),
                TableBlock.Of(
                    ["Policy reference", "HWCCG-CP-031"],
                    ["Version", "1.2"],
                    ["Approved by", "Governing Body (GB18/042)"],
                    ["Date of approval", "12 June 2018"],
                    ["Review date", "June 2020"]),
                new ParagraphBlock("Powered wheelchairs are provided where the criteria below are met.")),
        ]));

    /// <summary>Minutes of a CCG the gazetteer does not list.</summary>
    public static byte[] UnknownCcgPdf() => new PdfDocumentWriter().ToBytes(new DocumentSpec(
        "Minutes",
        [
            PageSpec.Of(
                new HeadingBlock("NHS Brackenmoor Clinical Commissioning Group", 0),
                new HeadingBlock("Minutes of the Governing Body meeting held in public on 3 March 2017"),
                new HeadingBlock("GB17/009 Dermatology Service", 2),
                new ParagraphBlock("RESOLVED: The Governing Body APPROVED the community dermatology service.")),
        ]));

    /// <summary>A committee decision and, a month later, the Governing Body ratifying it by its minute reference.</summary>
    public static (byte[] Committee, byte[] Ratification) RatifiedPair(string topic, string reference, string ratifyingReference) =>
        (new PdfDocumentWriter().ToBytes(new DocumentSpec("Committee minutes", [PageSpec.Of(
            new HeadingBlock("NHS Hartwell Clinical Commissioning Group", 0),
            new HeadingBlock("Minutes of the Primary Care Commissioning Committee held on 8 May 2018"),
            new HeadingBlock($"{reference} {topic}", 2),
            new ParagraphBlock($"RESOLVED: The Committee APPROVED the {topic}, subject to ratification by the Governing Body."))])),
        new PdfDocumentWriter().ToBytes(new DocumentSpec("Governing Body minutes", [PageSpec.Of(
            new HeadingBlock("NHS Hartwell Clinical Commissioning Group", 0),
            new HeadingBlock("Minutes of the Governing Body meeting held in public on 12 June 2018"),
            new HeadingBlock($"{ratifyingReference} Ratification of {topic}", 2),
            new ParagraphBlock($"The Governing Body ratified the decision of the Primary Care Commissioning Committee (minute {reference}) to approve the {topic}."))])));

    /// <summary>A version of a policy with its document control, as .docx.</summary>
    public static byte[] PolicyVersion(string ccg, string title, string reference, string version, string approvedOn, string approvedBy) =>
        new DocxDocumentWriter().ToBytes(new DocumentSpec(title, [PageSpec.Of(
            new HeadingBlock(ccg, 0),
            new HeadingBlock(title, 1),
            TableBlock.Of(
                ["Policy reference", reference],
                ["Version", version],
                ["Approved by", approvedBy],
                ["Date of approval", approvedOn]),
            new ParagraphBlock($"This is version {version} of the {title}."))]));

    /// <summary>An ICB board's first meeting adopting its predecessor CCG's policies, listed in an appendix by minute reference and date.</summary>
    public static byte[] IcbAdoption(string policy, string policyReference, string decisionReference, string decisionDate) =>
        new DocxDocumentWriter().ToBytes(new DocumentSpec("Board minutes", [PageSpec.Of(
            new HeadingBlock("NHS Wessex Downs Integrated Care Board", 0),
            new HeadingBlock("Minutes of the Board meeting held in public on 1 July 2022"),
            new HeadingBlock("B22/005 Adoption of Predecessor CCG Policies", 2),
            new ParagraphBlock("Under the transfer scheme the policies of the predecessor CCG transferred to the ICB on 1 July 2022."),
            new ParagraphBlock("It was agreed that the ICB adopt the policies of the predecessor CCG listed at Appendix 2, which will remain in force until they are reviewed."),
            new HeadingBlock("Appendix 2: Policies of predecessor CCGs adopted by the ICB", 2),
            TableBlock.Of(
                ["Predecessor CCG", "Policy", "Reference", "Version", "Decision", "Date"],
                ["NHS Hartwell CCG", policy, policyReference, "2.0", decisionReference, decisionDate]))]));

    /// <summary>A CCG's closedown report listing key decisions of its Governing Body by date and minute: a paper that records none itself.</summary>
    public static byte[] ClosedownReport(string reference, string date, string subject) =>
        new DocxDocumentWriter().ToBytes(new DocumentSpec("Closedown Report", [PageSpec.Of(
            new HeadingBlock("NHS Hartwell CCG", 0),
            new HeadingBlock("Closedown Report", 1),
            new HeadingBlock("1. Introduction", 2),
            new ParagraphBlock("This report summarises the closedown of the CCG on 30 June 2022."),
            new HeadingBlock("2. Key decisions", 2),
            TableBlock.Of(
                ["Date", "Minute", "Decision"],
                [date, reference, subject]))]));
}

