using System.Diagnostics;
using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Indexing;

/// <summary>When a search must have finished; checked while it collects, so a runaway query stops rather than holds a core.</summary>
internal readonly struct SearchDeadline
{
    private readonly long at;
    private readonly TimeSpan limit;

    private SearchDeadline(TimeSpan limit)
    {
        this.limit = limit;
        at = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
    }

    public static SearchDeadline After(TimeSpan limit) => new(limit);

    /// <summary>Throws <see cref="SearchTimeoutException"/> once the deadline has passed.</summary>
    public void Check()
    {
        if (limit > TimeSpan.Zero && Stopwatch.GetTimestamp() > at)
        {
            throw new SearchTimeoutException(
                $"The search took longer than {limit.TotalSeconds:0.###} s and was stopped. Add words or filters (CCG, type, dates) to narrow it, or make wildcards more specific.");
        }
    }
}
