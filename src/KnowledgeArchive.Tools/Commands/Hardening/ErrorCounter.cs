using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Tools.Commands.Hardening;

/// <summary>
/// Counts what would be a crash in the service: errors the pipeline logged (a document that failed outside extraction
/// stays pending), extraction workers that died, and exceptions nobody caught. Keeps the first messages of each.
/// </summary>
internal sealed class ErrorCounter : ILoggerProvider
{
    private const int Kept = 20;

    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentQueue<string> workerDeaths = new();
    private int errorCount;
    private int workerDeathCount;
    private int unhandledCount;

    public int Errors => errorCount;

    public int WorkerDeaths => workerDeathCount;

    public int Unhandled => unhandledCount;

    public IReadOnlyCollection<string> ErrorMessages => errors;

    public IReadOnlyCollection<string> WorkerDeathMessages => workerDeaths;

    /// <summary>Counts exceptions no code caught, on any thread or in an unobserved task, from now on.</summary>
    public void WatchUnhandled()
    {
        AppDomain.CurrentDomain.UnhandledException += (_, e) => Add(ref unhandledCount, errors, $"unhandled: {e.ExceptionObject}");
        TaskScheduler.UnobservedTaskException += (_, e) =>
        {
            e.SetObserved();
            Add(ref unhandledCount, errors, $"unobserved task exception: {e.Exception.GetBaseException().Message}");
        };
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private static void Add(ref int count, ConcurrentQueue<string> messages, string message)
    {
        if (Interlocked.Increment(ref count) <= Kept)
        {
            messages.Enqueue(message);
        }
    }

    private sealed class Logger(ErrorCounter owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (logLevel >= LogLevel.Error)
            {
                Add(ref owner.errorCount, owner.errors, $"{category}: {message}{(exception is null ? string.Empty : " (" + exception.GetBaseException().Message + ")")}");
            }
            else if (message.StartsWith("Extraction worker died", StringComparison.Ordinal))
            {
                Add(ref owner.workerDeathCount, owner.workerDeaths, message);
            }
        }
    }
}
