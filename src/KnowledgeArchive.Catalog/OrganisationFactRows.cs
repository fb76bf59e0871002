using System.Data.Common;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Enrichment;
using static KnowledgeArchive.Catalog.SqlValues;

namespace KnowledgeArchive.Catalog;

/// <summary>The organisation facts a document states (where an organisation's duties went), kept with the evidence.</summary>
internal static class OrganisationFactRows
{
    public static async Task ReplaceAsync(StatementSet statements, string documentId, IReadOnlyList<OrganisationFact> facts, CancellationToken cancellationToken)
    {
        await statements.ExecuteAsync("DELETE FROM organisation_facts WHERE document_id = @id;", cancellationToken, ("@id", documentId));
        var ordinal = 0;
        foreach (var fact in facts)
        {
            await statements.ExecuteAsync(
                "INSERT INTO organisation_facts (document_id, ordinal, organisation, organisation_kind, successor, successor_kind, \"on\", page_number, text) " +
                "VALUES (@id, @ordinal, @organisation, @organisationKind, @successor, @successorKind, @on, @page, @text);",
                cancellationToken,
                ("@id", documentId),
                ("@ordinal", ordinal++),
                ("@organisation", fact.Organisation),
                ("@organisationKind", fact.OrganisationKind),
                ("@successor", fact.Successor),
                ("@successorKind", fact.SuccessorKind),
                ("@on", Db(fact.On)),
                ("@page", fact.PageNumber),
                ("@text", fact.Text));
        }
    }

    public static async Task<IReadOnlyList<OrganisationFact>> ReadAllAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var facts = new List<OrganisationFact>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT f.organisation, f.organisation_kind, f.successor, f.successor_kind, f.\"on\", f.document_id, f.page_number, f.text " +
            "FROM organisation_facts f JOIN documents d ON d.document_id = f.document_id WHERE d.status = 'indexed' ORDER BY f.document_id, f.ordinal;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facts.Add(new OrganisationFact(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))
            {
                On = reader.Date(4),
                DocumentId = reader.GetString(5),
                PageNumber = reader.GetInt32(6),
                Text = reader.GetString(7),
            });
        }

        return facts;
    }
}
