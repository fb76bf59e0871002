using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeArchive.Web.Exports;

/// <summary>The evidence pack's manifest: what it is the lineage of, when it was made, by whom and why, and every file with its SHA-256.</summary>
public sealed record PackManifest(string Root, DateTimeOffset GeneratedAt, IReadOnlyList<PackFile> Files)
{
    /// <summary>The API key that exported it.</summary>
    public string? ExportedBy { get; init; }

    public string? Role { get; init; }

    /// <summary>Why it was exported, as the person exporting it said.</summary>
    public string? Reason { get; init; }
}

/// <summary>One original file in the evidence pack.</summary>
public sealed record PackFile(string Path, string DocumentId, string FileName, string Sha256, long SizeBytes, string Source, DateTimeOffset IngestedAt);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(PackManifest))]
internal sealed partial class PackJsonContext : JsonSerializerContext;
