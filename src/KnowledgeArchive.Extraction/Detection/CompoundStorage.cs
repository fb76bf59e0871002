namespace KnowledgeArchive.Extraction.Detection;

/// <summary>A storage (a folder) of a compound file: the streams and storages directly inside it, by name.</summary>
public sealed class CompoundStorage
{
    private readonly CompoundFileReader file;
    private readonly IReadOnlyDictionary<string, int> children;

    internal CompoundStorage(CompoundFileReader file, int index)
    {
        this.file = file;
        children = file.ChildrenOf(index);
    }

    /// <summary>The names of the streams and storages inside it.</summary>
    public IReadOnlyCollection<string> Names => children.Keys.ToList();

    /// <summary>The bytes of the stream of this name inside it, or null when there is none.</summary>
    public byte[]? Stream(string name) =>
        children.TryGetValue(name, out var index) && !file.IsStorage(index) ? file.ReadStream(index) : null;

    /// <summary>The storage of this name inside it, or null when there is none.</summary>
    public CompoundStorage? Storage(string name) =>
        children.TryGetValue(name, out var index) && file.IsStorage(index) ? new CompoundStorage(file, index) : null;
}
