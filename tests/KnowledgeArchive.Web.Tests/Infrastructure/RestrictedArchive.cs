using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>
/// A small archive with restricted records woven into public ones: a committee decision (public), its ratification
/// in Part 2 minutes (restricted, citing a decision the archive lacks), later public minutes superseding the Part 2
/// decision, and a policy a source marks restricted. <see cref="Word"/> appears only in the restricted records.
/// </summary>
public static class RestrictedArchive
{
    public const string Word = "quillfeather";
    public const string CommitteeReference = "PCCC/18/070";
    public const string PartTwoReference = "GB18/077";
    public const string LaterReference = "GB18/090";
    public const string Topic = "community phlebotomy service";
    public const string PolicySubject = "estates security";

    public static byte[] CommitteeMinutes() => Minutes(
        "Minutes of the Primary Care Commissioning Committee held on 8 May 2018",
        $"{CommitteeReference} {Topic}",
        $"RESOLVED: The Committee APPROVED the {Topic}, subject to ratification by the Governing Body.");

    public static byte[] PartTwoMinutes() => Minutes(
        "Minutes of the Governing Body meeting held in private (Part 2) on 12 June 2018",
        $"{PartTwoReference} Ratification of {Topic}",
        $"The Governing Body ratified the decision of the Primary Care Commissioning Committee (minute {CommitteeReference}) to approve the {Topic} at the {Word} site.",
        $"The Governing Body noted the decision at minute GB17/399 on the {Word} lease.");

    public static byte[] LaterMinutes() => Minutes(
        "Minutes of the Governing Body meeting held in public on 11 September 2018",
        $"{LaterReference} Review of {Topic}",
        $"RESOLVED: The Governing Body APPROVED the revised {Topic}, which supersedes the decision at minute {PartTwoReference}.");

    public static byte[] RestrictedPolicy() => SampleMinutes.PolicyVersion(
        "NHS Hartwell CCG", $"Quillfeather Estates Security Policy", "HWCCG-EP-009", "1.0", "12 June 2018", $"Governing Body ({PartTwoReference})");

    private static byte[] Minutes(string heading, string item, params string[] paragraphs) =>
        new PdfDocumentWriter().ToBytes(new DocumentSpec("Minutes", [PageSpec.Of(
            [
                new HeadingBlock("NHS Hartwell Clinical Commissioning Group", 0),
                new HeadingBlock(heading),
                new HeadingBlock(item, 2),
                .. paragraphs.Select(p => (Block)new ParagraphBlock(p)),
            ])]));
}
