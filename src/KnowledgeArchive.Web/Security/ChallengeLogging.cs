namespace KnowledgeArchive.Web.Security;

/// <summary>
/// Loggers for an authentication handler that write the framework's "was challenged" and "was forbidden" lines at
/// Debug rather than Information: every 401 and 403 is already one request line, and an API probed without a key
/// would otherwise fill the log with them.
/// </summary>
internal sealed class ChallengeLogging(ILoggerFactory inner) : ILoggerFactory
{
    // AuthenticationHandler's own event ids: 12 AuthenticationSchemeChallenged, 13 AuthenticationSchemeForbidden.
    private static readonly HashSet<int> Demoted = [12, 13];

    public ILogger CreateLogger(string categoryName) => new DemotingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        // The inner factory belongs to the host.
    }

    private sealed class DemotingLogger(ILogger logger) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logger.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => logger.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var level = logLevel == LogLevel.Information && Demoted.Contains(eventId.Id) ? LogLevel.Debug : logLevel;
            if (logger.IsEnabled(level))
            {
                logger.Log(level, eventId, state, exception, formatter);
            }
        }
    }
}
