using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>Governing Body minutes with decisions on two pages, as a PDF made in code.</summary>
public static class SampleMinutes
{
    public static byte[] Pdf(string topic) => new PdfDocumentWriter().ToBytes(new DocumentSpec(
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
                new ParagraphBlock($"RESOLVED: The Governing Body APPROVED the {topic} with effect from 1 July 2018.")),
        ]));
}
