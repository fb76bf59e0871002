using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeArchive.Enrichment.Organisations;

namespace KnowledgeArchive.Tools.Gazetteers;

/// <summary>Writes a register as the gazetteer file: one organisation and one source per line, so that changes read well in a diff.</summary>
internal static class RegisterWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers = { SkipEmptyLists },
        },
    };

    public static string Write(IReadOnlyList<Organisation> organisations, IReadOnlyList<GazetteerSource> sources)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"$schema\": \"../schemas/organisations.schema.json\",\n");
        text.Append("  \"description\": \"England's CCGs (2013-2022), ICBs, sub-ICB locations and joint arrangements, with ODS and ONS codes, dates, mergers and successors. Written by ka-tools import-gazetteer from the public register; each organisation names the sources of its facts.\",\n");
        text.Append("  \"sources\": [\n");
        text.AppendJoin(",\n", sources.Select(s => "    " + JsonSerializer.Serialize(s, Options)));
        text.Append("\n  ],\n  \"organisations\": [\n");
        text.AppendJoin(",\n", organisations.Select(o => "    " + JsonSerializer.Serialize(o, Options)));
        text.Append("\n  ]\n}\n");
        return text.ToString();
    }

    private static void SkipEmptyLists(System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType != typeof(string)))
        {
            property.ShouldSerialize = (_, value) => value is System.Collections.IEnumerable items && items.GetEnumerator().MoveNext();
        }
    }
}
