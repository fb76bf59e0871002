using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Ingestion.Following;

/// <summary>
/// The embedded default's answer: this one process writes the catalog and shows searches each save as it commits it
/// (<see cref="GroupCommit"/>), so searches reflect the catalog's own latest sequence, read once its save has been shown.
/// </summary>
public sealed class CatalogSearchSequence(ICatalogFeed feed) : ISearchSequence
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken) => await feed.SequenceAsync(cancellationToken);

    public async Task<long> WaitForAsync(long sequence, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + wait;
        while (true)
        {
            var current = await feed.SequenceAsync(cancellationToken);
            if (current >= sequence || DateTimeOffset.UtcNow >= deadline)
            {
                return current;
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }
}
