using System.IO.Compression;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>Checks a presentation package before any part of it is read: no part may expand past the limit.</summary>
internal static class PackageParts
{
    /// <summary>The reason to refuse the package, or null when every part fits within <paramref name="maxPartBytes"/>.</summary>
    public static QuarantineReason? Oversized(ZipArchive zip, long maxPartBytes)
    {
        var part = zip.Entries.FirstOrDefault(e => e.Length > maxPartBytes);
        return part is null ? null : PresentationRefusals.OversizedPart(part.FullName, part.Length, maxPartBytes);
    }
}
