using System.Globalization;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>How far an RTF file is read before it is refused, and the reasons given when it is.</summary>
internal static class RtfLimits
{
    /// <summary>Groups inside groups; word processors stay within a few dozen.</summary>
    public const int MaxDepth = 512;

    /// <summary>Page and section breaks; a year's minutes book has a few thousand pages.</summary>
    public const int MaxPageBreaks = 100_000;

    /// <summary>Control bytes per hundred bytes of text beyond which the file is binary, not RTF.</summary>
    public const int MaxControlBytesPercent = 1;

    /// <summary>Fewer control bytes than this are a slip of the writer, not a sign of binary data.</summary>
    public const int MinControlBytes = 4;

    public static QuarantineReason TooDeep() =>
        QuarantineReason.Corrupt($"the RTF document nests groups more than {MaxDepth} deep: it is damaged or built to exhaust readers");

    public static QuarantineReason TooManyCells(int limit) =>
        new(QuarantineCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the RTF document has over {limit:N0} table cells"));

    public static QuarantineReason TooMuchText(int limit) =>
        new(QuarantineCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the RTF text exceeds {limit:N0} characters"));

    public static QuarantineReason TooManyPages() =>
        new(QuarantineCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the RTF document breaks pages over {MaxPageBreaks:N0} times"));

    public static QuarantineReason NoHeader() =>
        QuarantineReason.Corrupt("the file starts like RTF but has no RTF header ({\\rtf1): it is not an RTF document");

    public static QuarantineReason Binary() =>
        QuarantineReason.Corrupt("the file starts like RTF but holds binary data where RTF has text: it is not an RTF document");
}
