using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Ingestion.Sources;

namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>Lists a batch's input: every file of the folder (and its subfolders when the source says so), or the one zip.</summary>
public static class BatchLister
{
    public static IReadOnlyList<NewIngestFile> List(string inputPath, IngestSource source, SourcePatterns patterns)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(patterns);
        if (File.Exists(inputPath))
        {
            return [new NewIngestFile(Path.GetFileName(inputPath), new IngestFileLocation(inputPath, []))];
        }

        if (!Directory.Exists(inputPath))
        {
            return [new NewIngestFile(inputPath, new IngestFileLocation(inputPath, []), Skip: IngestFileVerdict.Quarantined(
                new QuarantineReason(QuarantineCodes.Unreadable, $"the batch input {inputPath} no longer exists")))];
        }

        var files = new List<NewIngestFile>();
        Walk(inputPath, inputPath, source.Recursive, patterns, files);
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    // Folders are walked by hand so that one that cannot be read is reported, not silently passed over, and links
    // to folders are reported and not followed (they can loop, or lead out of the export).
    private static void Walk(string root, string folder, bool recursive, SourcePatterns patterns, List<NewIngestFile> files)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            files.Add(Row(root, folder, IngestFileVerdict.Quarantined(new QuarantineReason(QuarantineCodes.Unreadable, $"the folder cannot be read: {ex.Message}"))));
            return;
        }

        foreach (var entry in entries)
        {
            var info = new FileInfo(entry);
            var relative = Relative(root, entry);
            if (!info.Attributes.HasFlag(FileAttributes.Directory))
            {
                files.Add(Row(root, entry, patterns.Excluded(relative)));
            }
            else if (recursive)
            {
                if (info.LinkTarget is not null)
                {
                    files.Add(Row(root, entry, IngestFileVerdict.Skipped(IngestSkipCodes.Link, $"a link to a folder ({info.LinkTarget}), not followed")));
                }
                else
                {
                    Walk(root, entry, recursive, patterns, files);
                }
            }
        }
    }

    private static NewIngestFile Row(string root, string path, IngestFileVerdict? verdict) =>
        new(Relative(root, path), new IngestFileLocation(path, []), Skip: verdict);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
