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

    /// <summary>A scan or picture whose text needs OCR, on a machine where the OCR engine is not installed.</summary>
    public const string OcrUnavailable = "ocr_unavailable";

    /// <summary>A zip entry whose name would leave the folder it is extracted to (zip-slip).</summary>
    public const string UnsafePath = "unsafe_path";

    /// <summary>A zip that expands beyond the configured ratio or size limits.</summary>
    public const string ZipBomb = "zip_bomb";

    /// <summary>A zip nested inside zips deeper than the configured limit.</summary>
    public const string ZipTooDeep = "zip_too_deep";

    /// <summary>A file whose reading stopped the worker reading it again and again (<c>Archive:Broker:MaxWorkerCrashes</c>).</summary>
    public const string WorkerCrashed = "worker_crashed";

    /// <summary>A file of a batch that could not be read from its source.</summary>
    public const string Unreadable = "unreadable";
}
