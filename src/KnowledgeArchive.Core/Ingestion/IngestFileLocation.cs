namespace KnowledgeArchive.Core.Ingestion;

/// <summary>Where a batch file's bytes are: a file on disk, or an entry reached through one or more zips inside it.</summary>
/// <param name="DiskPath">Absolute path of the file on disk (the outermost zip for an entry).</param>
/// <param name="EntryChain">Entry names from the outermost zip inwards; empty for a plain file.</param>
public sealed record IngestFileLocation(string DiskPath, IReadOnlyList<string> EntryChain)
{
    /// <summary>True when the bytes are inside a zip.</summary>
    public bool IsZipEntry => EntryChain.Count > 0;

    /// <summary>The location of an entry of the zip found here.</summary>
    public IngestFileLocation Entry(string entryName) => new(DiskPath, [.. EntryChain, entryName]);
}
