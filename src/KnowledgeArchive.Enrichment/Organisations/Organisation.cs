namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>An organisation of the gazetteer: a CCG, an ICB, a sub-ICB location or a joint committee, with the facts of its life and where they come from.</summary>
public sealed record Organisation
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>One of <see cref="OrganisationKinds"/>.</summary>
    public required string Kind { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The ICB a CCG or joint committee belongs to.</summary>
    public string? Parent { get; init; }

    public IReadOnlyList<string> Members { get; init; } = [];

    public IReadOnlyList<string> Predecessors { get; init; } = [];

    public IReadOnlyList<string> Successors { get; init; } = [];

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    /// <summary>The NHS Organisation Data Service code (<c>00C</c>, <c>QHM</c>), where the organisation has one.</summary>
    public string? OdsCode { get; init; }

    /// <summary>The Office for National Statistics GSS code (<c>E38000042</c>), where it has one.</summary>
    public string? OnsCode { get; init; }

    /// <summary>Where the facts about it were taken from (repository and path, or address).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}

/// <summary>The kinds of organisation in the gazetteer.</summary>
public static class OrganisationKinds
{
    public const string Ccg = "ccg";
    public const string Icb = "icb";
    public const string JointCommittee = "joint_committee";
    public const string SubIcbLocation = "sub_icb_location";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Ccg, Icb, JointCommittee, SubIcbLocation, Other];
}
