using KnowledgeArchive.Core.Ingestion;
using Microsoft.Extensions.FileSystemGlobbing;

namespace KnowledgeArchive.Ingestion.Sources;

/// <summary>A source's include and exclude globs, matched (ignoring case) against paths relative to the input or inside a zip.</summary>
public sealed class SourcePatterns
{
    private readonly IReadOnlyList<(string Pattern, Matcher Matcher)> excludes;
    private readonly IReadOnlyList<string> includes;
    private readonly Matcher? include;

    public SourcePatterns(IngestSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        excludes = [.. source.Exclude.Select(p => (p, One(p)))];
        includes = source.Include;
        if (includes.Count > 0)
        {
            include = new Matcher(StringComparison.OrdinalIgnoreCase);
            include.AddIncludePatterns(includes);
        }
    }

    /// <summary>Why the file is left out by an exclude pattern, or null.</summary>
    public IngestFileVerdict? Excluded(string relativePath)
    {
        var path = Normalise(relativePath);
        foreach (var (pattern, matcher) in excludes)
        {
            if (matcher.Match(path).HasMatches)
            {
                return IngestFileVerdict.Skipped(IngestSkipCodes.Excluded, $"excluded by the source's pattern '{pattern}'");
            }
        }

        return null;
    }

    /// <summary>Why the file is left out for matching no include pattern, or null.</summary>
    public IngestFileVerdict? NotIncluded(string relativePath) =>
        include is null || include.Match(Normalise(relativePath)).HasMatches
            ? null
            : IngestFileVerdict.Skipped(IngestSkipCodes.NotIncluded, $"matches none of the source's include patterns ({string.Join(", ", includes)})");

    private static Matcher One(string pattern)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddInclude(pattern);
        return matcher;
    }

    private static string Normalise(string path) => path.Replace('\\', '/').TrimStart('/');
}
