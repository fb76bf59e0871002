using System.Diagnostics;
using KnowledgeArchive.Core.Storage;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Catalog;

/// <summary>
/// Tells an outage of the catalog's database from a failed statement, and waits one out: every caller waits on the same
/// probe, which asks the database every couple of seconds, says in the log that it is away (and every 30 s while it
/// stays away) and when it is back, and then drops the pool's connections the outage left dead.
/// </summary>
public sealed class CatalogAvailability(CatalogDatabases databases, ILogger<CatalogAvailability> logger) : ICatalogAvailability
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan TellEvery = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private Task? probing;

    public bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (databases.Catalog.IsOutage(e) || (e is AggregateException all && all.InnerExceptions.Any(IsOutage)))
            {
                return true;
            }
        }

        return false;
    }

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            probing ??= Task.Run(ProbeUntilBackAsync, CancellationToken.None);
            return probing.WaitAsync(cancellationToken);
        }
    }

    private async Task ProbeUntilBackAsync()
    {
        var database = databases.Catalog;
        var away = Stopwatch.StartNew();
        var told = TimeSpan.Zero;
        var first = true;
        try
        {
            while (Unreachable(database) is { } reason)
            {
                if (first)
                {
                    logger.LogWarning("The catalog at {Catalog} cannot be reached ({Reason}); ingest waits for it and carries on when it is back", database.Describe, reason);
                    first = false;
                }
                else if (away.Elapsed - told >= TellEvery)
                {
                    logger.LogWarning("Still waiting for the catalog at {Catalog} ({Seconds:0} s so far): {Reason}", database.Describe, away.Elapsed.TotalSeconds, reason);
                    told = away.Elapsed;
                }

                await Task.Delay(Retry);
            }

            database.ClearPool();
            if (first)
            {
                logger.LogInformation("The catalog at {Catalog} dropped a connection and answers again; ingest carries on", database.Describe);
            }
            else
            {
                logger.LogInformation("The catalog at {Catalog} answers again after {Seconds:0} s away; ingest carries on", database.Describe, away.Elapsed.TotalSeconds);
            }
        }
        finally
        {
            lock (gate)
            {
                probing = null;
            }
        }
    }

    private static string? Unreachable(Sql.SqlDatabase database)
    {
        try
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1;";
            command.ExecuteScalar();
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ex.Message;
        }
    }
}
