using KnowledgeArchive.Core.Enrichment;

namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>
/// The organisations an archive knows: the register, and what the archive's own documents say of organisations the
/// register lacks (where their duties went: closedown reports, handover statements, merger papers). It answers which
/// ICB took over an organisation's duties: the register's answer for a registered one; for another, the end of the
/// chain of successors its documents name; for a joint committee, the ICB whose area it shares its name with.
/// </summary>
public sealed class OrganisationDirectory
{
    private const int MaxSteps = 8;
    private readonly Dictionary<string, OrganisationFact> successors;
    private readonly Dictionary<string, Organisation> learned;

    public OrganisationDirectory(Gazetteer register, IEnumerable<OrganisationFact>? facts = null, IEnumerable<Organisation>? named = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        Register = register;
        var all = (facts ?? []).ToList();
        Facts = all;
        successors = all
            .GroupBy(f => OrganisationNames.Normalise(f.Organisation))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.On ?? DateOnly.MinValue).First(), StringComparer.Ordinal);
        learned = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var organisation in (named ?? []).Concat(all.SelectMany(f => new[]
            {
                new Organisation { Id = OrganisationNames.Normalise(f.Organisation), Name = f.Organisation, Kind = f.OrganisationKind },
                new Organisation { Id = OrganisationNames.Normalise(f.Successor), Name = f.Successor, Kind = f.SuccessorKind },
            })))
        {
            var key = OrganisationNames.Normalise(organisation.Name);
            if (Registered(organisation.Name) is null)
            {
                learned.TryAdd(key, organisation);
            }
        }
    }

    public Gazetteer Register { get; }

    public IReadOnlyList<OrganisationFact> Facts { get; }

    /// <summary>Organisations the archive names that the register lacks.</summary>
    public IReadOnlyCollection<Organisation> Learned => learned.Values;

    /// <summary>An organisation by name: the register's, else one the archive named.</summary>
    public Organisation? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Registered(name) ?? learned.GetValueOrDefault(OrganisationNames.Normalise(name));
    }

    /// <summary>The ICB that took over the duties of the organisation named <paramref name="name"/>, or null when nothing says.</summary>
    public Organisation? IcbOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var current = Find(name);
        for (var step = 0; step < MaxSteps && current is not null; step++)
        {
            if (current.Kind == OrganisationKinds.Icb)
            {
                return current;
            }

            if (Register.Find(current.Id) is { } registered && Register.IcbOf(registered) is { } icb)
            {
                return icb;
            }

            if (successors.TryGetValue(OrganisationNames.Normalise(current.Name), out var fact))
            {
                current = Find(fact.Successor);
                continue;
            }

            return current.Kind == OrganisationKinds.JointCommittee ? IcbByArea(current.Name) : null;
        }

        return null;
    }

    /// <summary>The one ICB whose name shares the most place words with a joint body's ("Brackenshire Joint Strategic Commissioning Board").</summary>
    private Organisation? IcbByArea(string name)
    {
        var words = PlaceWords(name);
        var scored = Register.Organisations.Concat(learned.Values)
            .Where(o => o.Kind == OrganisationKinds.Icb)
            .Select(o => (Icb: o, Shared: PlaceWords(o.Name).Count(words.Contains)))
            .Where(s => s.Shared > 0)
            .OrderByDescending(s => s.Shared)
            .ToList();
        return scored.Count > 0 && (scored.Count == 1 || scored[0].Shared > scored[1].Shared) ? scored[0].Icb : null;
    }

    private static HashSet<string> PlaceWords(string name) =>
        OrganisationNames.Normalise(name).Split(' ').Where(w => w.Length > 3).ToHashSet(StringComparer.Ordinal);

    private Organisation? Registered(string name)
    {
        var key = OrganisationNames.Normalise(name);
        return Register.FindIn(name).Select(m => m.Organisation).FirstOrDefault(o => OrganisationNames.Normalise(o.Name) == key || o.Aliases.Any(a => OrganisationNames.Normalise(a) == key));
    }
}
