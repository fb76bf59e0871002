using System.Data.Common;
using System.Text.Json;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Enrichment;
using static KnowledgeArchive.Catalog.SqlValues;

namespace KnowledgeArchive.Catalog;

/// <summary>Writes what enrichment read from a document (decisions, citations, policy facts) inside the document's save transaction.</summary>
internal static class EnrichmentRows
{
    private const string DecisionColumns = "decision_id, document_id, ordinal, reference, canonical_reference, page_number, date, body, ccg, icb, outcome, subject, text, " +
        "item_label, text_offset, confidence, reason, needs_review, qualifier, month_only";

    public static Task<IReadOnlyList<OrganisationFact>> FactsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        OrganisationFactRows.ReadAllAsync(connection, cancellationToken);

    public static async Task ReplaceAsync(StatementSet statements, string documentId, EnrichmentResult? enrichment, CancellationToken cancellationToken)
    {
        var batch = new Batch(statements, cancellationToken);
        await batch.ExecuteAsync("DELETE FROM decisions WHERE document_id = @id; DELETE FROM citations WHERE document_id = @id; DELETE FROM policies WHERE document_id = @id;", ("@id", documentId));
        await OrganisationFactRows.ReplaceAsync(statements, documentId, enrichment?.OrganisationFacts ?? [], cancellationToken);
        await batch.ExecuteAsync(
                "UPDATE documents SET unknown_organisations = @unknown WHERE document_id = @id;",
            ("@id", documentId),
            ("@unknown", enrichment is { UnknownOrganisations.Count: > 0 } ? JsonSerializer.Serialize(enrichment.UnknownOrganisations.ToList(), CatalogJson.Default.ListString) : DBNull.Value));
        if (enrichment is null)
        {
            return;
        }

        var ordinal = 0;
        foreach (var d in enrichment.Decisions)
        {
            await batch.ExecuteAsync(
                $"INSERT INTO decisions ({DecisionColumns}) " +
                "VALUES (@decision, @id, @ordinal, @reference, @canonical, @page, @date, @body, @ccg, @icb, @outcome, @subject, @text, @label, @offset, @confidence, @reason, @review, @qualifier, @monthOnly)" +
                SqlStatements.ReplaceOnConflict("decision_id", DecisionColumns) + ";",
                ("@decision", d.DecisionId),
                ("@id", documentId),
                ("@ordinal", ordinal++),
                ("@reference", Db(d.Reference)),
                ("@canonical", Db(d.CanonicalReference)),
                ("@page", d.PageNumber),
                ("@date", Db(d.Date)),
                ("@body", Db(d.Body)),
                ("@ccg", Db(d.Ccg)),
                ("@icb", Db(enrichment.Metadata.Icb)),
                ("@outcome", d.Outcome),
                ("@subject", Db(d.Subject)),
                ("@text", d.Text),
                ("@label", Db(d.ItemLabel)),
                ("@offset", Db(d.TextOffset)),
                ("@confidence", d.Confidence),
                ("@reason", Db(d.Reason)),
                ("@review", d.NeedsReview ? 1 : 0),
                ("@qualifier", Db(d.Qualifier)),
                ("@monthOnly", d.MonthOnly ? 1 : 0));
        }

        ordinal = 0;
        foreach (var c in enrichment.Citations)
        {
            await batch.ExecuteAsync(
                "INSERT INTO citations (document_id, ordinal, page_number, text, from_decision_id, relation, method, cited_reference, cited_policy_reference, cited_policy_version, cited_body, cited_organisation, cited_date_from, cited_date_to) " +
                "VALUES (@id, @ordinal, @page, @text, @from, @relation, @method, @reference, @policyReference, @policyVersion, @body, @organisation, @dateFrom, @dateTo);",
                ("@id", documentId),
                ("@ordinal", ordinal++),
                ("@page", c.PageNumber),
                ("@text", c.Text),
                ("@from", Db(c.FromDecisionId)),
                ("@relation", c.Relation),
                ("@method", c.Method),
                ("@reference", Db(c.CitedReference)),
                ("@policyReference", Db(c.CitedPolicyReference)),
                ("@policyVersion", Db(c.CitedPolicyVersion)),
                ("@body", Db(c.CitedBody)),
                ("@organisation", Db(c.CitedOrganisation)),
                ("@dateFrom", Db(c.CitedDateFrom)),
                ("@dateTo", Db(c.CitedDateTo)));
        }

        if (enrichment.Policy is { } p)
        {
            await batch.ExecuteAsync(
                "INSERT INTO policies (document_id, reference, version, approved_on, review_date, approved_by, history, title, ratified_by) VALUES (@id, @reference, @version, @approved, @review, @by, @history, @title, @ratified);",
                ("@id", documentId),
                ("@reference", Db(p.Reference)),
                ("@version", Db(p.Version)),
                ("@approved", Db(p.ApprovedOn)),
                ("@review", Db(p.ReviewDate)),
                ("@by", Db(p.ApprovedBy)),
                ("@history", JsonSerializer.Serialize(p.History.ToList(), CatalogJson.Default.ListPolicyVersionEntry)),
                ("@title", Db(p.Title)),
                ("@ratified", Db(p.RatifiedBy)));
        }
    }

    private sealed class Batch(StatementSet statements, CancellationToken cancellationToken)
    {
        public Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters) =>
            statements.ExecuteAsync(sql, cancellationToken, parameters);
    }
}
