namespace KnowledgeArchive.Extraction.Detection;

/// <summary>
/// Asks what a compound file holds: the test that tells a legacy .doc (a <c>WordDocument</c> stream) from an
/// encrypted .docx (which Office wraps as an <c>EncryptedPackage</c> stream in a compound file).
/// </summary>
public static class OleCompoundFile
{
    /// <summary>The eight bytes every compound file starts with.</summary>
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Whether the compound file at <paramref name="path"/> holds a stream or storage of this name.</summary>
    public static bool HasStream(string path, string name) =>
        ReadEntryNames(path).Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The names in the compound file's directory; empty when it cannot be read.</summary>
    public static IReadOnlyList<string> ReadEntryNames(string path)
    {
        try
        {
            return CompoundFileReader.Open(File.ReadAllBytes(path)).Names;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            return [];
        }
    }
}
