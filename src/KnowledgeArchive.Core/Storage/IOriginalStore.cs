namespace KnowledgeArchive.Core.Storage;

/// <summary>Keeps original files by content hash; nothing stored is ever changed. Saving the same bytes twice keeps one copy.</summary>
public interface IOriginalStore
{
    /// <summary>Copies the content in (durably: flushed to disk before returning) and returns its hash and size.</summary>
    Task<StoredOriginal> SaveAsync(Stream content, CancellationToken cancellationToken);

    bool Exists(string sha256);

    /// <summary>Full path of the stored original, for extractors that read files.</summary>
    string PathOf(string sha256);

    Stream OpenRead(string sha256);
}
