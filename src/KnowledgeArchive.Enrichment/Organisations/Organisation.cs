namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>An organisation of the gazetteer: a CCG, an ICB or a joint committee.</summary>
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
}

/// <summary>The kinds of organisation in the gazetteer.</summary>
public static class OrganisationKinds
{
    public const string Ccg = "ccg";
    public const string Icb = "icb";
    public const string JointCommittee = "joint_committee";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Ccg, Icb, JointCommittee, Other];
}
