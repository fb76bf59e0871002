using KnowledgeArchive.Generator.Model;

namespace KnowledgeArchive.Generator.Demo;

/// <summary>The fictional NHS Hartwell CCG's handover paper to its successor ICB.</summary>
internal static class DemoHandover
{
    public static DocumentSpec Paper() => new(
        "Handover of commissioning responsibilities to NHS Wessex Downs Integrated Care Board",
        [
            PageSpec.Of(
                new HeadingBlock("Handover of commissioning responsibilities to NHS Wessex Downs Integrated Care Board", 0),
                new ParagraphBlock("Date: 30 June 2022"),
                new HeadingBlock("1. Purpose", 1),
                new ParagraphBlock("On 1 July 2022 NHS Hartwell Clinical Commissioning Group is abolished and its functions transfer to NHS Wessex Downs Integrated Care Board. This paper lists the policies and commissioning decisions that transfer, so that the ICB can adopt them.")),
            PageSpec.Of(
                new HeadingBlock("2. Policies transferring", 1),
                TableBlock.Of(
                    ["Policy", "Reference", "Version", "Approved"],
                    ["Gluten-free Prescribing Policy", "HWCCG-MM-007", "2.0", "26 March 2019 (GB19/023)"],
                    ["Assisted Conception Policy", "HWCCG-CP-012", "3.1", "28 May 2019 (GB19/041)"]),
                new ParagraphBlock("The ICB Board is asked to adopt these policies unchanged until harmonised policies across the Wessex Downs system are agreed.")),
        ])
    {
        PropertiesTitle = "Handover paper",
        Footer = "NHS Hartwell CCG - OFFICIAL",
    };
}
