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

    /// <summary>The files the export wrote itself (lineage JSON and CSV, the HTML and PDF reports), each with its SHA-256.</summary>
    public IReadOnlyList<PackEntry> Generated { get; init; } = [];
}

/// <summary>One original file in the evidence pack.</summary>
public sealed record PackFile(string Path, string DocumentId, string FileName, string Sha256, long SizeBytes, string Source, DateTimeOffset IngestedAt);

/// <summary>A file the export wrote into the pack, with its SHA-256 and size.</summary>
public sealed record PackEntry(string Path, string Sha256, long SizeBytes);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(PackManifest))]
internal sealed partial class PackJsonContext : JsonSerializerContext;
