using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>The reasons a slide deck of either format is refused for, worded once.</summary>
internal static class PresentationRefusals
{
    public static QuarantineReason TooManySlides(int slides, int limit) =>
        new(QuarantineCodes.TooLarge, $"the presentation has {slides:N0} slides, more than the {limit:N0} read from one file");

    public static QuarantineReason TooMuchText(long limit) =>
        new(QuarantineCodes.TooLarge, $"the presentation holds more than {limit:N0} characters of text, the most read from one file");

    public static QuarantineReason NoText(int slides) =>
        QuarantineReason.Empty(slides == 0 ? "the presentation has no slides" : "no slide of the presentation holds text");

    public static QuarantineReason TooDeep(int limit) =>
        QuarantineReason.Corrupt($"the presentation's shapes or lists nest more than {limit} deep");

    public static QuarantineReason OversizedPart(string part, long length, long limit) =>
        new(QuarantineCodes.ZipBomb, $"the presentation's part {part} expands to {length:N0} bytes, more than the {limit:N0} allowed");
}
