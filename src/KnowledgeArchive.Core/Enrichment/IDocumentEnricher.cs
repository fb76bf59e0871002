namespace KnowledgeArchive.Core.Enrichment;

/// <summary>Reads what a document is (type, organisation, body, date, session, policy facts) and the decisions and citations in it.</summary>
public interface IDocumentEnricher
{
    /// <summary>Version of the enrichment rules, recorded per document so improvements can be re-run over old documents.</summary>
    string Version { get; }

    EnrichmentResult Enrich(EnrichmentInput input);
}
