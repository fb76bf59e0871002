namespace KnowledgeArchive.Client.Contracts;

/// <summary>An organisation of the gazetteer.</summary>
public sealed record OrganisationDto(string Id, string Name, string Kind, string? Parent, IReadOnlyList<string> Aliases);

/// <summary>An organisation named in documents but missing from the gazetteer, and how many documents name it.</summary>
public sealed record UnknownOrganisationDto(string Name, int Documents);

/// <summary><c>GET /api/organisations</c>: the gazetteer, and the names found in documents that it lacks.</summary>
public sealed record OrganisationsDto(IReadOnlyList<OrganisationDto> Organisations, IReadOnlyList<UnknownOrganisationDto> NotInGazetteer);
