namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>A batch file's bytes as a file on local disk: the file itself, or a temporary copy of a zip entry deleted on dispose.</summary>
public sealed class LocalCopy(string path, bool temporary) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose()
    {
        if (temporary)
        {
            TemporaryFiles.Delete(Path);
        }
    }
}
