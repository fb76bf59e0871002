namespace KnowledgeArchive.Core.Documents;

/// <summary>Why a file could not be made searchable: a stable <paramref name="Code"/> for scripts and a message a person can act on.</summary>
public sealed record QuarantineReason(string Code, string Message)
{
    public static QuarantineReason Encrypted(string detail) => new(QuarantineCodes.Encrypted, detail);

    public static QuarantineReason Corrupt(string detail) => new(QuarantineCodes.Corrupt, detail);

    public static QuarantineReason Empty(string detail) => new(QuarantineCodes.Empty, detail);

    public static QuarantineReason NoTextLayer(string detail) => new(QuarantineCodes.NoTextLayer, detail);

    public static QuarantineReason OcrUnavailable(string detail) => new(QuarantineCodes.OcrUnavailable, detail);

    public static QuarantineReason Unsupported(FileFormat format) =>
        new(QuarantineCodes.UnsupportedFormat, $"unsupported format: {format.Description}");

    public static QuarantineReason TooLarge(long sizeBytes, long limitBytes) =>
        new(QuarantineCodes.TooLarge, $"file is {sizeBytes:N0} bytes, over the limit of {limitBytes:N0} bytes");

    public static QuarantineReason TimedOut(TimeSpan limit) =>
        new(QuarantineCodes.TimedOut, $"extraction did not finish within {limit.TotalSeconds:0.#} s");

    public override string ToString() => $"{Code}: {Message}";
}
