using Npgsql;

namespace KnowledgeArchive.Catalog.PostgreSql;

/// <summary>The errors that say a PostgreSQL server is away (stopped, restarting, unreachable), not that a statement is wrong.</summary>
internal static class PostgreSqlOutages
{
    public static bool Is(Exception exception) => exception switch
    {
        // Class 08: connection exceptions; 57P01-57P03: the server shutting down, crashed or still starting; 53300: no connection slots left.
        PostgresException server => server.SqlState.StartsWith("08", StringComparison.Ordinal)
            || server.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections
            || server.IsTransient,

        // Raised by the client itself: the server refused or dropped the connection, or did not answer in time.
        NpgsqlException client => client.IsTransient || client.InnerException is IOException or System.Net.Sockets.SocketException or TimeoutException,
        _ => false,
    };
}
