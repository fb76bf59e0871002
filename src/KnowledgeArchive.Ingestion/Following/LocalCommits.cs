using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Ingestion.Following;

/// <summary>
/// The feed sequences this node's own group commits took, whose documents it indexed (and committed to its index)
/// before the catalog held them: its feed follower passes over them rather than index them a second time. Kept only
/// while a follower runs, and only until it has passed them.
/// </summary>
public sealed class LocalCommits
{
    private readonly Lock gate = new();
    private readonly List<SequenceSpan> spans = [];
    private Action? followed;

    /// <summary>Starts keeping spans: a follower runs, will pass them, and is told of each (<paramref name="added"/>).</summary>
    public void Follow(Action added)
    {
        lock (gate)
        {
            followed = added;
        }
    }

    public void Add(SequenceSpan span)
    {
        Action? tell;
        lock (gate)
        {
            tell = followed;
            if (tell is null || span.IsEmpty)
            {
                return;
            }

            spans.Add(span);
        }

        tell();
    }

    public bool Covers(long sequence)
    {
        lock (gate)
        {
            return spans.Exists(s => s.Contains(sequence));
        }
    }

    /// <summary>Forgets the spans the follower has passed.</summary>
    public void PassedThrough(long sequence)
    {
        lock (gate)
        {
            spans.RemoveAll(s => s.Last <= sequence);
        }
    }
}
