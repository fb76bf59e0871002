using System.Globalization;
using System.IO.Compression;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Ingestion.Sources;

namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>
/// Lists a zip's entries as batch files, each with its path inside the zip and the zip's SHA-256. Zip bombs are
/// stopped here by the declared sizes (entry count, total size, compression ratio) and again while reading,
/// where an entry may yield no more than it declares; unsafe names and entries past the depth limit are refused.
/// </summary>
public static class ZipExpander
{
    public static ZipListing List(ZipArchive zip, IngestFile container, string archiveSha256, ZipLimits limits, SourcePatterns patterns, long maxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(patterns);
        if (container.Location.EntryChain.Count >= limits.MaxDepth)
        {
            return ZipListing.Refuse(new QuarantineReason(
                QuarantineCodes.ZipTooDeep,
                $"a zip nested {container.Location.EntryChain.Count + 1} deep, past the limit of {limits.MaxDepth} (zip.maxDepth)"));
        }

        var files = zip.Entries.Where(e => !IsDirectory(e)).ToList();
        if (files.Count > limits.MaxEntries)
        {
            return ZipListing.Refuse(new QuarantineReason(QuarantineCodes.ZipBomb, Text($"the zip holds {files.Count:N0} entries, over the limit of {limits.MaxEntries:N0} (zip.maxEntries)")));
        }

        var declared = files.Sum(e => e.Length);
        if (declared > limits.MaxExpandedBytes)
        {
            return ZipListing.Refuse(new QuarantineReason(QuarantineCodes.ZipBomb, Text($"the zip expands to {declared:N0} bytes, over the limit of {limits.MaxExpandedBytes:N0} (zip.maxExpandedBytes)")));
        }

        var entries = files.Select(e => new NewIngestFile(
            container.Path + "!/" + e.FullName.Replace('\\', '/'),
            container.Location.Entry(e.FullName),
            archiveSha256,
            e.FullName,
            Refusal(e, limits, patterns, maxFileBytes))).ToList();
        return new ZipListing(entries, null);
    }

    /// <summary>Why an entry is not read (unsafe name, over the ratio or size limits, excluded), or null.</summary>
    public static IngestFileVerdict? Refusal(ZipArchiveEntry entry, ZipLimits limits, SourcePatterns patterns, long maxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(patterns);
        if (EntryNames.Problem(entry.FullName) is { } unsafeName)
        {
            return IngestFileVerdict.Quarantined(new QuarantineReason(QuarantineCodes.UnsafePath, unsafeName));
        }

        if (entry.Length > ZipLimits.RatioFloorBytes && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
        {
            return IngestFileVerdict.Quarantined(new QuarantineReason(
                QuarantineCodes.ZipBomb,
                Text($"the entry expands {entry.Length / Math.Max(entry.CompressedLength, 1):N0} times ({entry.CompressedLength:N0} to {entry.Length:N0} bytes), over the limit of {limits.MaxCompressionRatio} (zip.maxCompressionRatio)")));
        }

        if (entry.Length > maxFileBytes)
        {
            return IngestFileVerdict.Quarantined(QuarantineReason.TooLarge(entry.Length, maxFileBytes));
        }

        return patterns.Excluded(entry.FullName);
    }

    private static bool IsDirectory(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\');

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
