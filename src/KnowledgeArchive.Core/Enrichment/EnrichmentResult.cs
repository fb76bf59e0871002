using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Enrichment;

/// <summary>What enrichment learned about a document. Unknown facts are null, never guessed.</summary>
/// <param name="UnknownOrganisations">Organisation names found in the text that the gazetteer does not list, for an administrator to add.</param>
public sealed record EnrichmentResult(
    DocumentMetadata Metadata,
    PolicyInfo? Policy,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> UnknownOrganisations)
{
    /// <summary>A one-line description of what the document is ("Minutes of the North Marsh CCG Governing Body, 26 March 2019, public session").</summary>
    public string? Description { get; init; }

    /// <summary>For a paper put to a meeting, the subject its cover sheet names ("Audiology (hearing aid) service"); null otherwise.</summary>
    public string? PaperSubject { get; init; }

    /// <summary>What the document says about where organisations' duties went, for the archive to learn what the register lacks.</summary>
    public IReadOnlyList<OrganisationFact> OrganisationFacts { get; init; } = [];
}
