using System.Globalization;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// The index layout version, stamped in a file beside the index. When the stamp is missing or differs from
/// this build's, the index is cleared and rebuilt from the catalog at start-up.
/// </summary>
internal static class IndexSchema
{
    public const int Version = 6;
    public const string StampFileName = "knowledgearchive-index.version";

    public static bool IsCurrent(string indexDirectory)
    {
        var stamp = Path.Combine(indexDirectory, StampFileName);
        return File.Exists(stamp)
            && int.TryParse(File.ReadAllText(stamp).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var version)
            && version == Version;
    }

    public static void Stamp(string indexDirectory) =>
        File.WriteAllText(Path.Combine(indexDirectory, StampFileName), Version.ToString(CultureInfo.InvariantCulture));
}
