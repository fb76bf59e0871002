namespace KnowledgeArchive.Core.Storage;

/// <summary>
/// Whether the catalog can be reached. A database server stopped, restarting or out of reach is an outage to wait
/// out, not a fault of the document or batch being worked on: the work is done again once the catalog is back.
/// </summary>
public interface ICatalogAvailability
{
    /// <summary>True when <paramref name="exception"/> (or one it wraps) says the catalog could not be reached.</summary>
    bool IsOutage(Exception exception);

    /// <summary>Completes once the catalog answers again, saying in the log while it waits.</summary>
    Task WaitAsync(CancellationToken cancellationToken);
}
