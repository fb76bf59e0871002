namespace KnowledgeArchive.Core.Storage;

/// <summary>The feed sequences one catalog save gave its documents: those after <see cref="After"/> up to <see cref="Last"/>.</summary>
public readonly record struct SequenceSpan(long After, long Last)
{
    /// <summary>A save that changed no document.</summary>
    public static SequenceSpan None { get; } = new(0, 0);

    public bool IsEmpty => Last <= After;

    public bool Contains(long sequence) => sequence > After && sequence <= Last;
}
