namespace KnowledgeArchive.Core.Configuration;

/// <summary>Where each store lives inside the data directory.</summary>
public sealed class ArchivePaths
{
    public ArchivePaths(ArchiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DataDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(options.DataDirectory) ? DefaultDataDirectory.ForCurrentUser() : options.DataDirectory);
        InboxDirectory = Path.GetFullPath(options.InboxDirectory ?? Path.Combine(DataDirectory, "inbox"));
        SharedDirectory = string.IsNullOrWhiteSpace(options.SharedDirectory) ? DataDirectory : Path.GetFullPath(options.SharedDirectory);
    }

    public string DataDirectory { get; }

    public string InboxDirectory { get; }

    /// <summary>What the service and its workers share (originals, workers' results): the data directory unless set apart.</summary>
    public string SharedDirectory { get; }

    public string OriginalsDirectory => Path.Combine(SharedDirectory, "originals");

    /// <summary>What workers read of documents, kept by job until the service has taken it in.</summary>
    public string JobResultsDirectory => Path.Combine(SharedDirectory, "job-results");

    public string IndexDirectory => Path.Combine(DataDirectory, "index");

    public string CatalogFile => Path.Combine(DataDirectory, "catalog.db");

    /// <summary>API keys and the audit log, apart from the catalog so rebuilding it never touches them.</summary>
    public string SecurityFile => Path.Combine(DataDirectory, "security.db");

    public string WorkDirectory => Path.Combine(DataDirectory, "work");

    /// <summary>The keys that protect sign-in cookies and form tokens, kept with the archive so sessions survive a restart.</summary>
    public string SessionKeysDirectory => Path.Combine(DataDirectory, "session-keys");

    /// <summary>Pages of originals drawn as pictures for the document page, kept so each is drawn once (derived; may be deleted).</summary>
    public string PageRendersDirectory => Path.Combine(DataDirectory, "page-renders");

    /// <summary>Zips uploaded to start a batch, kept as the batch's input.</summary>
    public string UploadsDirectory => Path.Combine(DataDirectory, "uploads");

    /// <summary>Creates every directory the archive writes to.</summary>
    public void EnsureCreated()
    {
        foreach (var dir in new[] { DataDirectory, InboxDirectory, OriginalsDirectory, IndexDirectory, WorkDirectory })
        {
            Directory.CreateDirectory(dir);
        }
    }
}
