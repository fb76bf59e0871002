using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Language;

/// <summary>
/// Loads the phrasebook: the shipped file, then each overlay a deployment names, whose lists are added to the
/// shipped ones and whose single values replace them. A file that cannot be used is a <see cref="PhrasebookException"/>
/// naming the file and the entry, so the service stops at start-up rather than reading documents wrongly.
/// </summary>
public static class PhrasebookLoader
{
    public const string DefaultFileName = "phrasebook.json";

    // Reflection-based, so lists a file leaves out keep their empty defaults.
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The phrasebook shipped beside the program.</summary>
    public static Phrasebook LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, DefaultFileName));

    public static Phrasebook Load(string path, params IReadOnlyList<string> overlays)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(overlays);
        var merged = Read(path);
        merged.Remove("$schema");
        foreach (var overlay in overlays.Where(o => !string.IsNullOrWhiteSpace(o)))
        {
            Merge(merged, Read(overlay));
        }

        Phrasebook phrasebook;
        try
        {
            phrasebook = merged.Deserialize<Phrasebook>(SerializerOptions)
                ?? throw new PhrasebookException($"{path}: the phrasebook is empty.");
        }
        catch (JsonException ex)
        {
            throw new PhrasebookException($"{Describe(path, overlays)}: {ex.Message}", ex);
        }

        Validate(phrasebook, Describe(path, overlays));
        return phrasebook;
    }

    private static JsonObject Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new PhrasebookException($"The phrasebook file {Path.GetFullPath(path)} does not exist.");
        }

        try
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            return JsonNode.Parse(File.ReadAllText(path), documentOptions: options) as JsonObject
                ?? throw new PhrasebookException($"{path}: the file is not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new PhrasebookException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Objects merge key by key, lists gain the overlay's new entries, other values are replaced.</summary>
    private static void Merge(JsonObject target, JsonObject overlay)
    {
        foreach (var (key, value) in overlay.ToList())
        {
            if (key == "$schema")
            {
                continue;
            }

            overlay.Remove(key);
            switch (target[key], value)
            {
                case (JsonObject existing, JsonObject added):
                    Merge(existing, added);
                    break;
                case (JsonArray existing, JsonArray added):
                    foreach (var item in added.ToList())
                    {
                        added.Remove(item);
                        if (!existing.Any(e => JsonNode.DeepEquals(e, item)))
                        {
                            existing.Add(item);
                        }
                    }

                    break;
                default:
                    target[key] = value;
                    break;
            }
        }
    }

    private static void Validate(Phrasebook phrasebook, string source)
    {
        var problems = new List<string>();
        foreach (var outcome in phrasebook.Outcomes.Keys.Where(o => !DecisionOutcomes.All.Contains(o)))
        {
            problems.Add($"outcomes.{outcome} is not an outcome ({string.Join(", ", DecisionOutcomes.All)})");
        }

        foreach (var outcome in DecisionOutcomes.All.Where(o => !phrasebook.Outcomes.ContainsKey(o)))
        {
            problems.Add($"outcomes.{outcome} is missing");
        }

        foreach (var control in phrasebook.Controls.Where(c => !DecisionOutcomes.All.Contains(c.Outcome)))
        {
            problems.Add($"controls '{control.Phrase}' has outcome '{control.Outcome}', which is not an outcome");
        }

        foreach (var fixedOutcome in phrasebook.FixedOutcomes.Where(f => !DecisionOutcomes.All.Contains(f.Outcome)))
        {
            problems.Add($"fixedOutcomes '{fixedOutcome.Phrase}' has outcome '{fixedOutcome.Outcome}', which is not an outcome");
        }

        foreach (var objectOutcome in phrasebook.ObjectOutcomes.Where(f => !DecisionOutcomes.All.Contains(f.Outcome)))
        {
            problems.Add($"objectOutcomes '{objectOutcome.Phrase}' has outcome '{objectOutcome.Outcome}', which is not an outcome");
        }

        foreach (var (from, to) in phrasebook.NegatedOutcome.Where(n => !DecisionOutcomes.All.Contains(n.Key) || !DecisionOutcomes.All.Contains(n.Value)))
        {
            problems.Add($"negatedOutcome '{from}' -> '{to}' names something that is not an outcome");
        }

        foreach (var relation in phrasebook.Relations.Keys.Where(r => !LineageEdgeTypes.All.Contains(r)))
        {
            problems.Add($"relations.{relation} is not a lineage relation ({string.Join(", ", LineageEdgeTypes.All)})");
        }

        if (!DecisionOutcomes.All.All(phrasebook.OutcomePrecedence.Contains))
        {
            problems.Add("outcomePrecedence must list every outcome");
        }

        if (phrasebook.Dates.Months.Count != 12 || phrasebook.Dates.Months.Any(m => m.Count == 0))
        {
            problems.Add("dates.months must list twelve months, each with its name");
        }

        if (phrasebook.Dates.Weekdays.Count != 7 || phrasebook.Dates.Weekdays.Any(d => d.Count == 0))
        {
            problems.Add("dates.weekdays must list seven days, each with its name");
        }

        if (problems.Count > 0)
        {
            throw new PhrasebookException($"{source}: {string.Join("; ", problems)}.");
        }
    }

    private static string Describe(string path, IReadOnlyList<string> overlays) =>
        overlays.Count == 0 ? path : $"{path} (with {string.Join(", ", overlays)})";
}
