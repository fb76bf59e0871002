using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using KnowledgeArchive.Core.Diagnostics;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeArchive.Web.Tests.Hosting;

/// <summary>The service's metrics and traces, read in process as a collector would, and the OTLP exporter's switch.</summary>
public sealed class TelemetryTests
{
    private static readonly string[] Signals = ["/v1/metrics", "/v1/traces", "/v1/logs"];

    [Fact]
    public async Task IngestAndSearch_EmitMetricsAndTraces_OfThisApp()
    {
        using var app = new ArchiveAppFactory();
        var meters = app.Services.GetRequiredService<IMeterFactory>();
        var measured = new ConcurrentQueue<(string Name, double Value, IReadOnlyDictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Meter.Name == ArchiveMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measured.Enqueue((i.Name, v, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<int>((i, v, tags, _) => measured.Enqueue((i.Name, v, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measured.Enqueue((i.Name, v, ToDictionary(tags))));
        listener.Start();
        var traced = new ConcurrentQueue<Activity>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ArchiveActivities.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = traced.Enqueue,
        };
        ActivitySource.AddActivityListener(activities);

        var uploads = new Uploader(app);
        var indexed = await uploads.UploadAsync(SampleFiles.Pdf("Telemetry", "Musculoskeletal pathway review."), "telemetry.pdf", "indexed");
        var whole = SampleFiles.Pdf("Broken", "A PDF cut off before its end.");
        var quarantined = await uploads.UploadAsync(whole[..(whole.Length / 3)], "broken telemetry.pdf", "quarantined");
        await app.CreateApi().SearchAsync("musculoskeletal");
        listener.RecordObservableInstruments();

        Assert.Contains(measured, m => m.Name == ArchiveMetrics.DocumentsIngested && Equals(m.Tags["outcome"], "indexed"));
        Assert.Contains(measured, m => m.Name == ArchiveMetrics.DocumentsIngested && Equals(m.Tags["outcome"], "quarantined") && m.Tags.ContainsKey("code"));
        Assert.Contains(measured, m => m.Name == ArchiveMetrics.SearchDuration && m.Value > 0);
        Assert.Contains(measured, m => m.Name == ArchiveMetrics.QueueLength && m.Value >= 0);

        Assert.Contains(traced, a => a.OperationName == ArchiveActivities.Search);
        Assert.Contains(traced, a => a.OperationName == ArchiveActivities.IngestDocument && Equals(a.GetTagItem("ka.document.id"), indexed) && Equals(a.GetTagItem("ka.ingest.outcome"), "indexed"));
        Assert.Contains(traced, a => a.OperationName == ArchiveActivities.IngestDocument && Equals(a.GetTagItem("ka.document.id"), quarantined) && Equals(a.GetTagItem("ka.ingest.outcome"), "quarantined"));
    }

    [Fact]
    public async Task OtlpExporter_IsOffByDefault_EvenWhereTheSdkWouldFindAnEndpoint()
    {
        using var collector = new OtlpCollector();
        using var app = new ArchiveAppFactory(QuickExport(new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"] = collector.Address + "v1/metrics",
            ["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] = collector.Address + "v1/traces",
        }));

        await app.CreateApi().SearchAsync("wheelchair");
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Empty(collector.Paths);
    }

    [Fact]
    public async Task OtlpExporter_SendsMetricsTracesAndLogs_WhenAnEndpointIsConfigured()
    {
        using var collector = new OtlpCollector();
        using var app = new ArchiveAppFactory(QuickExport(new Dictionary<string, string>
        {
            ["Archive:Telemetry:OtlpEndpoint"] = collector.Address.ToString(),
            ["Archive:Telemetry:OtlpProtocol"] = "http/protobuf",
        }));

        await app.CreateApi().SearchAsync("wheelchair");

        await Eventually.GetAsync(
            () => Task.FromResult(Signals.All(collector.Paths.Contains) ? "all three" : null),
            what: "metrics, traces and logs at the collector");
    }

    // Exports every few hundred milliseconds rather than every minute, so a test sees them at once.
    private static Dictionary<string, string> QuickExport(Dictionary<string, string> settings)
    {
        settings["OTEL_METRIC_EXPORT_INTERVAL"] = "300";
        settings["OTEL_BSP_SCHEDULE_DELAY"] = "200";
        settings["OTEL_BLRP_SCHEDULE_DELAY"] = "200";
        return settings;
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var found = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in tags)
        {
            found[key] = value;
        }

        return found;
    }

    /// <summary>Uploads to an app made for one test and waits for the outcome.</summary>
    private sealed class Uploader(ArchiveAppFactory app)
    {
        public async Task<string> UploadAsync(byte[] bytes, string name, string status)
        {
            using var upload = await app.CreateApi().UploadAsync(new Refit.StreamPart(new MemoryStream(bytes), name, "application/octet-stream"));
            var id = upload.Content!.DocumentId;
            await Eventually.GetAsync(async () => (await app.CreateApi().GetDocumentAsync(id)).Status == status ? id : null, what: $"{name} {status}");
            return id;
        }
    }

    /// <summary>A stand-in OTLP/HTTP collector on a free loopback port: notes the path of every export it receives.</summary>
    private sealed class OtlpCollector : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<string> _paths = new();

        public OtlpCollector()
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Address = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
            }

            _listener.Prefixes.Add(Address.ToString());
            _listener.Start();
            _ = Task.Run(ReceiveAsync);
        }

        public Uri Address { get; }

        public IReadOnlyCollection<string> Paths => [.. _paths];

        public void Dispose() => _listener.Close();

        private async Task ReceiveAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                _paths.Enqueue(context.Request.Url!.AbsolutePath);
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }
    }
}
