namespace KnowledgeArchive.Core.Ingestion;

/// <summary>Stable codes saying why a batch file was skipped; scripts match on these.</summary>
public static class IngestSkipCodes
{
    /// <summary>A format the archive does not read; the reason names it.</summary>
    public const string UnsupportedFormat = "unsupported_format";

    /// <summary>Matched one of the source's exclude patterns; the reason names it.</summary>
    public const string Excluded = "excluded";

    /// <summary>Matched none of the source's include patterns.</summary>
    public const string NotIncluded = "not_included";

    /// <summary>A link to a folder, not followed (links can loop, or lead out of the input).</summary>
    public const string Link = "link";
}
