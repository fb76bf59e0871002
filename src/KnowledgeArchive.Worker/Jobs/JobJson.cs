using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeArchive.Worker.Jobs;

/// <summary>Source-generated JSON for the broker's messages and the results workers leave in the shared store.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false)]
[JsonSerializable(typeof(ReadJob))]
[JsonSerializable(typeof(ReadJobDone))]
[JsonSerializable(typeof(JobResult))]
public sealed partial class JobJson : JsonSerializerContext;
