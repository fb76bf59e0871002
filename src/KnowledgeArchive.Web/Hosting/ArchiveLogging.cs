using KnowledgeArchive.Web.Security;
using Microsoft.Extensions.Logging.Console;

namespace KnowledgeArchive.Web.Hosting;

/// <summary>
/// The service log: one line per event, with its UTC time and level, and one line per request. These are defaults
/// set in code, so they hold wherever the service is started from; whatever the configuration says wins (JSON lines
/// with <c>Logging:Console:FormatterName=json</c>, another level with <c>Logging:LogLevel:…</c>).
/// </summary>
internal static class ArchiveLogging
{
    private const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
    private const string JsonTimestamp = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private static readonly (string Category, LogLevel Level)[] DefaultLevels =
    [
        // The framework's own request lines (two per request, several lines each) give way to ours.
        ("Microsoft.AspNetCore", LogLevel.Warning),
        ("Microsoft.Hosting.Lifetime", LogLevel.Information),

        // Replaced by one explanatory line at start-up (see SessionKeys); its errors still show.
        (SessionKeys.KeyManagerCategory, LogLevel.Error),
    ];

    public static void Configure(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var given = configuration.GetSection("Logging:Console:FormatterOptions");
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName ??= ConsoleFormatterNames.Simple);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o =>
        {
            o.SingleLine = given["SingleLine"] is null || o.SingleLine;
            o.TimestampFormat = given["TimestampFormat"] is null ? Timestamp : o.TimestampFormat;
            o.UseUtcTimestamp = given["UseUtcTimestamp"] is null || o.UseUtcTimestamp;
        });
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.TimestampFormat = given["TimestampFormat"] is null ? JsonTimestamp : o.TimestampFormat;
            o.UseUtcTimestamp = given["UseUtcTimestamp"] is null || o.UseUtcTimestamp;
        });

        foreach (var (category, level) in DefaultLevels.Where(d => configuration[$"Logging:LogLevel:{d.Category}"] is null))
        {
            builder.Logging.AddFilter(category, level);
        }
    }

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLogging>();
}
