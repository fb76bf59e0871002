using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>
/// The register of organisations (loaded from <c>ingest-config/organisations.json</c>, the public register of every
/// English CCG and ICB, with any deployment or demo files beside it), and the search for the organisations a text
/// names by any of their names or codes. Organisations the register lacks are found by <see cref="OrganisationFinder"/>.
/// </summary>
public sealed partial class Gazetteer
{
    private readonly Dictionary<string, Organisation> byId;
    private readonly NameIndex names;
    private readonly List<(string Code, Organisation Organisation)> codes;
    private readonly ILookup<string, Organisation> byCode;

    public Gazetteer(IReadOnlyList<Organisation> organisations, IReadOnlyList<GazetteerSource>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        Sources = sources ?? [];
        Validate(organisations);
        Organisations = organisations;
        byId = organisations.ToDictionary(o => o.Id, StringComparer.OrdinalIgnoreCase);
        names = new NameIndex(organisations
            .SelectMany(o => new[] { o.Name }.Concat(o.Aliases).Where(n => !IsCode(n)).Select(n => (OrganisationNames.Normalise(n), o)))
            .Where(n => n.Item1.Length > 0)
            .Distinct()
            .OrderByDescending(n => n.Item1.Length)
            .ToList());
        codes = organisations.SelectMany(o => o.Aliases.Where(IsCode).Select(a => (a, o))).ToList();
        byCode = codes.ToLookup(c => c.Code, c => c.Organisation, StringComparer.Ordinal);
        successorsOf = organisations.ToDictionary(o => o.Id, o => o.Successors, StringComparer.OrdinalIgnoreCase);
    }

    private readonly Dictionary<string, IReadOnlyList<string>> successorsOf;

    public static Gazetteer Empty { get; } = new([]);

    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>Where the facts come from.</summary>
    public IReadOnlyList<GazetteerSource> Sources { get; }

    /// <summary>The register with more organisations: those an archive names that the register lacks.</summary>
    public Gazetteer With(IEnumerable<Organisation> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var known = Organisations.Select(o => o.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new Gazetteer([.. Organisations, .. more.Where(o => known.Add(o.Id))], Sources);
    }

    /// <summary>Loads the register from one or more files (a deployment's own, the demo's), their organisations together.</summary>
    public static Gazetteer Load(params IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var organisations = new List<Organisation>();
        var sources = new List<GazetteerSource>();
        foreach (var path in paths)
        {
            var (fileOrganisations, fileSources) = Read(path);
            organisations.AddRange(fileOrganisations);
            sources.AddRange(fileSources);
        }

        try
        {
            return new Gazetteer(organisations, sources);
        }
        catch (GazetteerException ex)
        {
            throw new GazetteerException($"{string.Join(", ", paths)}: {ex.Message}", ex);
        }
    }

    private static (IReadOnlyList<Organisation> Organisations, IReadOnlyList<GazetteerSource> Sources) Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new GazetteerException($"The organisations file {Path.GetFullPath(path)} does not exist.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize(stream, GazetteerJsonContext.Default.GazetteerFile)
                ?? throw new GazetteerException($"{path}: the file is empty.");
            var organisations = file.Organisations ?? throw new GazetteerException($"{path}: 'organisations' is missing.");

            // Lists left out of the file arrive as null from the serializer; an empty list means the same.
            return (organisations.Select(o => o with
                {
                    Aliases = o.Aliases ?? [],
                    Members = o.Members ?? [],
                    Predecessors = o.Predecessors ?? [],
                    Successors = o.Successors ?? [],
                    Sources = o.Sources ?? [],
                }).ToList(),
                file.Sources ?? []);
        }
        catch (JsonException ex)
        {
            throw new GazetteerException($"{path}: {ex.Message}", ex);
        }
        catch (GazetteerException ex) when (!ex.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new GazetteerException($"{path}: {ex.Message}", ex);
        }
    }

    public Organisation? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The ICB an organisation's duties passed to (itself for an ICB): its parent, else the end of its chain of successors.</summary>
    public Organisation? IcbOf(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var current = organisation;
        for (var step = 0; step < 8 && current is not null; step++)
        {
            if (current.Kind == OrganisationKinds.Icb)
            {
                return current;
            }

            if (current.Parent is { } parent && Find(parent) is { } found)
            {
                return found.Kind == OrganisationKinds.Icb ? found : IcbOf(found);
            }

            current = successorsOf.GetValueOrDefault(current.Id) is [var next, ..] ? Find(next) : null;
        }

        return null;
    }

    /// <summary>What an organisation became: itself while it existed on <paramref name="on"/>, else its successor then.</summary>
    public Organisation SuccessorOn(Organisation organisation, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var current = organisation;
        for (var step = 0; step < 8 && current.ValidTo is { } end && on > end && successorsOf.GetValueOrDefault(current.Id) is [var next, ..] && Find(next) is { } successor; step++)
        {
            current = successor;
        }

        return current;
    }

    /// <summary>Organisations named in <paramref name="text"/>, in order of first appearance.</summary>
    public IReadOnlyList<OrganisationMention> FindIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new Dictionary<string, OrganisationMention>(StringComparer.Ordinal);
        var normalised = OrganisationNames.NormaliseText(text);
        var claimed = new bool[normalised.Length];
        foreach (var (name, organisation) in names.Candidates(normalised))
        {
            var at = FindFree(normalised, name, claimed);
            if (at >= 0 && !found.ContainsKey(organisation.Id))
            {
                found[organisation.Id] = new OrganisationMention(organisation, at, InGazetteer: true);
            }
        }

        foreach (Match match in UpperCaseWord().Matches(text))
        {
            foreach (var organisation in byCode[match.Value])
            {
                if (!found.ContainsKey(organisation.Id))
                {
                    // Position in normalised text is unknown: codes rank after spelled-out names.
                    found[organisation.Id] = new OrganisationMention(organisation, normalised.Length + match.Index, InGazetteer: true);
                }
            }
        }

        return found.Values.OrderBy(m => m.Position).ToList();
    }

    /// <summary>
    /// Organisations named in <paramref name="text"/> by place alone ("Kestwick and Orley", "Ravensmoor"), as people
    /// write in questions; the longest name wins where names overlap ("Ravensmoor Coast" over "Ravensmoor").
    /// </summary>
    public IReadOnlyList<Organisation> FindPlacesIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = OrganisationNames.NormaliseText(text);
        var claimed = new bool[normalised.Length];
        var found = new List<(Organisation Organisation, int At)>();
        foreach (var (place, organisation) in Organisations
            .SelectMany(o => new[] { o.Name }.Concat(o.Aliases).Where(n => !IsCode(n)).Select(n => (Place: Place(n), o)))
            .Where(p => p.Place.Length > 2)
            .Distinct()
            .OrderByDescending(p => p.Place.Length))
        {
            var at = FindFree(normalised, " " + place + " ", claimed);
            if (at >= 0 && found.All(f => f.Organisation.Id != organisation.Id))
            {
                found.Add((organisation, at));
            }
        }

        return found.OrderBy(f => f.At).Select(f => f.Organisation).ToList();
    }

    private static string Place(string name)
    {
        var normalised = OrganisationNames.Normalise(name);
        foreach (var suffix in new[] { " ccg", " icb", " ccgs joint committee", " joint committee" })
        {
            if (normalised.EndsWith(suffix, StringComparison.Ordinal))
            {
                return normalised[..^suffix.Length];
            }
        }

        return normalised;
    }

    /// <summary>Organisations whose code-like alias (<c>NMA</c>, <c>KOCCG</c>) appears as a word of a file name.</summary>
    public IReadOnlyList<Organisation> FindInFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var words = FileNameWord().Matches(Path.GetFileNameWithoutExtension(fileName)).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return codes.Where(c => words.Contains(c.Code)).Select(c => c.Organisation).Distinct().ToList();
    }

    private static int FindFree(string text, string value, bool[] claimed)
    {
        var start = 0;
        while ((start = text.IndexOf(value, start, StringComparison.Ordinal)) >= 0)
        {
            if (!claimed[start + 1])
            {
                // A longer name claims its span, so "North Marsh CCG" inside "South Marsh and North Marsh CCG" is not matched twice.
                Array.Fill(claimed, true, start + 1, value.Length - 2);
                return start;
            }

            start++;
        }

        return -1;
    }

    private static bool IsCode(string alias) => alias.Length <= 8 && alias.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-');


    private static void Validate(IReadOnlyList<Organisation> organisations)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (organisation, index) in organisations.Select((o, i) => (o, i)))
        {
            var where = $"organisations[{index}]";
            if (string.IsNullOrWhiteSpace(organisation.Id))
            {
                throw new GazetteerException($"{where}.id is missing.");
            }

            if (!ids.Add(organisation.Id))
            {
                throw new GazetteerException($"{where}.id '{organisation.Id}' is used twice.");
            }

            if (string.IsNullOrWhiteSpace(organisation.Name))
            {
                throw new GazetteerException($"{where}.name is missing ({organisation.Id}).");
            }

            if (!OrganisationKinds.All.Contains(organisation.Kind))
            {
                throw new GazetteerException($"{where}.kind '{organisation.Kind}' is not one of {string.Join(", ", OrganisationKinds.All)}.");
            }
        }

        foreach (var (organisation, index) in organisations.Select((o, i) => (o, i)))
        {
            var references = new[] { ("parent", organisation.Parent is null ? [] : new[] { organisation.Parent }) }
                .Concat([("members", organisation.Members.ToArray()), ("predecessors", organisation.Predecessors.ToArray()), ("successors", organisation.Successors.ToArray())]);
            foreach (var (field, values) in references)
            {
                var missing = values.FirstOrDefault(v => !ids.Contains(v));
                if (missing is not null)
                {
                    throw new GazetteerException($"organisations[{index}].{field} names '{missing}', which is not an id in the file.");
                }
            }
        }
    }

    [GeneratedRegex(@"\b[A-Z][A-Z0-9-]{1,7}\b")]
    private static partial Regex UpperCaseWord();

    [GeneratedRegex(@"[A-Za-z0-9]+")]
    private static partial Regex FileNameWord();
}
