using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>The gazetteer file's shape (<c>schemas/organisations.schema.json</c>).</summary>
internal sealed record GazetteerFile(
    IReadOnlyList<Organisation>? Organisations,
    IReadOnlyList<GazetteerSource>? Sources,
    string? Description,
    [property: JsonPropertyName("$schema")] string? Schema);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(GazetteerFile))]
internal sealed partial class GazetteerJsonContext : JsonSerializerContext;
