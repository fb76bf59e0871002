using KnowledgeArchive.Generator.Model;

namespace KnowledgeArchive.Generator.Demo;

/// <summary>Policies of the fictional NHS Hartwell CCG, each with its document control table.</summary>
internal static class DemoPolicies
{
    public static DocumentSpec GlutenFree() => new(
        "Gluten-free Prescribing Policy",
        [
            PageSpec.Of(
                new HeadingBlock("Gluten-free Prescribing Policy", 0),
                TableBlock.Of(
                    ["Document control", string.Empty],
                    ["Reference", "HWCCG-MM-007"],
                    ["Version", "2.0"],
                    ["Approved by", "Governing Body (minute GB19/023)"],
                    ["Date approved", "26 March 2019"],
                    ["Review date", "March 2021"]),
                new HeadingBlock("1. Purpose", 1),
                new ParagraphBlock("This policy sets out which gluten-free foods may be prescribed to patients of NHS Hartwell CCG with a confirmed diagnosis of coeliac disease or dermatitis herpetiformis.")),
            PageSpec.Of(
                new HeadingBlock("2. Policy", 1),
                new ParagraphBlock("Prescribers may prescribe gluten-free bread and gluten-free flour mixes only. Pasta, biscuits, cereals and other gluten-free foods are no longer available on NHS prescription. Patients should be directed to Coeliac UK for dietary advice."),
                new HeadingBlock("3. Version history", 1),
                TableBlock.Of(
                    ["Version", "Date", "Author", "Changes"],
                    ["1.0", "June 2016", "Medicines Management Team", "First policy, approved by the Governing Body"],
                    ["2.0", "March 2019", "Medicines Management Team", "Restricted to bread and flour mixes after public consultation"])),
        ])
    {
        Footer = "HWCCG-MM-007 Gluten-free Prescribing Policy v2.0",
        PropertiesTitle = "Gluten-free Prescribing Policy",
    };

    public static DocumentSpec AssistedConception() => new(
        "Assisted Conception Policy",
        [
            PageSpec.Of(
                new HeadingBlock("Assisted Conception Policy", 0),
                TableBlock.Of(
                    ["Reference:", "HWCCG-CP-012"],
                    ["Version:", "3.1"],
                    ["Approved by:", "Governing Body, 28 May 2019 (GB19/041)"],
                    ["Review date:", "May 2022"]),
                new HeadingBlock("1. Eligibility", 1),
                new ParagraphBlock("NHS Hartwell CCG funds one full cycle of in vitro fertilisation (IVF) for eligible women aged under 40, where the woman has not conceived after two years of regular unprotected intercourse. Both partners must be non-smokers and the woman's body mass index must be between 19 and 30.")),
            PageSpec.Of(
                new HeadingBlock("2. Exclusions", 1),
                new ParagraphBlock("Treatment is not funded where either partner has a living child from the current or any previous relationship, or where sterilisation has previously been undertaken."),
                new HeadingBlock("3. Version history", 1),
                TableBlock.Of(
                    ["Version", "Date", "Summary of changes"],
                    ["3.0", "April 2017", "Reduced from two cycles to one full cycle"],
                    ["3.1", "May 2019", "Equality impact assessment added; BMI criteria clarified"])),
        ])
    {
        Header = "HWCCG-CP-012 Assisted Conception Policy",
    };
}
