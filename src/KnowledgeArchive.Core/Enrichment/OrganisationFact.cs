namespace KnowledgeArchive.Core.Enrichment;

/// <summary>
/// What a document says about where an organisation's duties went ("the transfer of its functions to NHS X
/// Integrated Care Board on 1 July 2022", "merged to form NHS Y CCG"), with the words that say it, as evidence.
/// </summary>
/// <param name="Organisation">The organisation whose duties pass (as the archive names it).</param>
/// <param name="Successor">The organisation they pass to.</param>
public sealed record OrganisationFact(string Organisation, string OrganisationKind, string Successor, string SuccessorKind)
{
    public DateOnly? On { get; init; }

    public string DocumentId { get; init; } = string.Empty;

    public int PageNumber { get; init; } = 1;

    /// <summary>The sentence that says so, verbatim.</summary>
    public string Text { get; init; } = string.Empty;
}
