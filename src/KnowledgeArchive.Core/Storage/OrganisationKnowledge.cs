using KnowledgeArchive.Core.Enrichment;

namespace KnowledgeArchive.Core.Storage;

/// <summary>What the catalog holds that says where organisations' duties went: every document's organisation, CCG and ICB, and every fact read.</summary>
public sealed record OrganisationKnowledge(IReadOnlyList<DocumentOrganisation> Documents, IReadOnlyList<OrganisationFact> Facts);

/// <summary>An indexed document's organisation (as its text names it) and the CCG and ICB it is held under.</summary>
public sealed record DocumentOrganisation(string DocumentId, string Organisation, string? Ccg, string? Icb);
