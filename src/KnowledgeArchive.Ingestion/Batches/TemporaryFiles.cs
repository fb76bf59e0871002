namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>Temporary copies of zip entries, under the work directory; whatever a crash leaves there is cleared at the next start.</summary>
internal static class TemporaryFiles
{
    public static string Folder(string workDirectory) => System.IO.Path.Combine(workDirectory, "batches");

    public static string NewPath(string workDirectory)
    {
        var folder = Folder(workDirectory);
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, Guid.NewGuid().ToString("N"));
    }

    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Cleared at the next start.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
