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

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = source.Recursive,
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        };
        return [.. Directory.EnumerateFiles(inputPath, "*", options)
            .Select(full => (Full: full, Relative: Path.GetRelativePath(inputPath, full).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => new NewIngestFile(f.Relative, new IngestFileLocation(f.Full, []), Skip: patterns.Excluded(f.Relative)))];
    }
}
