using KnowledgeArchive.Core.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KnowledgeArchive.Web.Hosting;

/// <summary>
/// OpenTelemetry metrics and traces: the archive's own (<see cref="ArchiveMetrics"/>, <see cref="ArchiveActivities"/>)
/// and ASP.NET Core's. They are sent nowhere unless an OTLP endpoint is configured, as
/// <c>Archive:Telemetry:OtlpEndpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>: nothing leaves the machine
/// by default.
/// </summary>
internal static class ArchiveTelemetry
{
    public const string EndpointKey = "Archive:Telemetry:OtlpEndpoint";
    public const string ProtocolKey = "Archive:Telemetry:OtlpProtocol";
    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void Configure(WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("knowledgearchive"))
            .WithMetrics(metrics => metrics.AddMeter(ArchiveMetrics.MeterName).AddAspNetCoreInstrumentation())
            .WithTracing(tracing => tracing.AddSource(ArchiveActivities.SourceName).AddAspNetCoreInstrumentation());

        var configuration = builder.Configuration;
        if (configuration[EndpointKey] is { Length: > 0 } endpoint)
        {
            telemetry.UseOtlpExporter(Protocol(configuration[ProtocolKey]), new Uri(endpoint, UriKind.Absolute));
        }
        else if (!string.IsNullOrWhiteSpace(configuration[StandardEndpointKey]))
        {
            // The SDK reads the endpoint, protocol and headers from the standard OTEL_EXPORTER_OTLP_* settings itself.
            telemetry.UseOtlpExporter();
        }
    }

    private static OtlpExportProtocol Protocol(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" or "http" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{ProtocolKey} must be grpc or http/protobuf, not '{name}'."),
    };
}
