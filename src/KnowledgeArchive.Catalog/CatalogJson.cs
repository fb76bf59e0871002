using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Catalog;

/// <summary>JSON for the few catalog columns that hold lists.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<PolicyVersionEntry>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class CatalogJson : JsonSerializerContext;
