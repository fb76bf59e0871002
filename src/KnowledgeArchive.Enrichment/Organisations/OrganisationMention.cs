namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>An organisation named in a text: from the gazetteer, or recognised by its form and not listed (<see cref="Organisation"/> then carries only the name and kind).</summary>
public sealed record OrganisationMention(Organisation Organisation, int Position, bool InGazetteer);
