namespace KnowledgeArchive.Core.Documents;

/// <summary>The stable codes of <see cref="QuarantineReason"/>; scripts match on these.</summary>
public static class QuarantineCodes
{
    public const string Encrypted = "encrypted";
    public const string Corrupt = "corrupt";
    public const string Empty = "empty";
    public const string NoTextLayer = "no_text_layer";
    public const string UnsupportedFormat = "unsupported_format";
    public const string TooLarge = "too_large";
    public const string TimedOut = "timed_out";
}
