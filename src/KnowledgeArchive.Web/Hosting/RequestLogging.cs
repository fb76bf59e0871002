using System.Diagnostics;

namespace KnowledgeArchive.Web.Hosting;

/// <summary>
/// One log line per request: method, path, status and time taken. The query string is left out: it carries what
/// people searched for, which belongs in the audit log, not the service log. Health probes log at Debug.
/// </summary>
internal sealed partial class RequestLogging(RequestDelegate next, ILoggerFactory loggers)
{
    /// <summary>The log category of the request lines, to raise or lower on its own.</summary>
    public const string Category = "KnowledgeArchive.Web.Requests";

    private readonly ILogger logger = loggers.CreateLogger(Category);

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var request = context.Request;
            var path = request.PathBase.Add(request.Path).ToString();
            var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode;
            if (request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
            {
                LogProbe(logger, request.Method, path, status, elapsed);
            }
            else
            {
                LogRequest(logger, request.Method, path, status, elapsed);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} {StatusCode} {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Method} {Path} {StatusCode} {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogProbe(ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds);
}
