using System.Reflection;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction;

/// <summary>
/// The version of the rules that read each format: the shared detection and limits, and the format's own extractor.
/// A document records the version it was read with; improving one extractor re-reads that format's documents only,
/// and a format with no extractor yet is re-read once one is added.
/// </summary>
public sealed class ExtractorVersions(IEnumerable<IDocumentExtractor> extractors)
{
    /// <summary>Format detection and the limits every format shares; changing them re-reads everything.</summary>
    public const string Detection = "ka-extract/4";

    private readonly Dictionary<FileFormat, string> byFormat = extractors.ToDictionary(e => e.Format, e => e.Version);

    /// <summary>The version a document of <paramref name="format"/> read now would record.</summary>
    public string For(FileFormat format) =>
        byFormat.TryGetValue(format, out var version) ? $"{Detection} {version}" : $"{Detection} {format.Name}/unread";

    /// <summary>The informational version of the library that defines <paramref name="type"/>, for an extractor's <see cref="IDocumentExtractor.Version"/>.</summary>
    public static string LibraryVersion(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? type.Assembly.GetName().Version?.ToString()
            ?? "unknown";
    }
}
