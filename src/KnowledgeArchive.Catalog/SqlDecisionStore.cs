using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using static KnowledgeArchive.Catalog.SqlValues;

namespace KnowledgeArchive.Catalog;

/// <summary>Decisions, citations and policy facts as the catalog holds them.</summary>
public class SqlDecisionStore(SqlDatabase database) : IDecisionStore
{
    private static readonly (string Name, string Expression)[] Facets =
        [("outcome", "outcome"), ("ccg", "ccg"), ("body", "body"), ("year", "substr(date, 1, 4)")];

    internal const string DecisionColumns = "decision_id, document_id, reference, canonical_reference, page_number, date, body, ccg, outcome, subject, text, icb, item_label, text_offset, confidence, reason, needs_review, qualifier, month_only";

    /// <summary>The columns <see cref="ReadDecisionsAsync"/> reads from <paramref name="table"/>: a decision's own, and the sensitivity of the document it is read from.</summary>
    internal static string ColumnsOf(string table) =>
        $"{DecisionColumns}, (SELECT sd.sensitivity FROM documents sd WHERE sd.document_id = {table}.document_id)";

    public async Task<IReadOnlyList<Decision>> ForDocumentAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ColumnsOf("decisions")} FROM decisions WHERE document_id = @id ORDER BY ordinal;";
        command.Bind("@id", documentId);
        return await ReadDecisionsAsync(command, cancellationToken);
    }

    public async Task<Decision?> FindAsync(string decisionId, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ColumnsOf("decisions")} FROM decisions WHERE decision_id = @id AND {ScopeSql.DocumentVisible(scope, "document_id")};";
        command.Bind("@id", decisionId);
        return (await ReadDecisionsAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<DecisionList> SearchAsync(DecisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = database.Open();
        await using var count = connection.CreateCommand();
        await using var list = connection.CreateCommand();
        var filters = new List<string> { ScopeSql.DocumentVisible(query.Scope, "document_id") };
        void Filter(string sql, string name, object value)
        {
            filters.Add(sql);
            count.Bind(name, value);
            list.Bind(name, value);
        }

        var like = database.Dialect.LikeIgnoringCase;
        var words = (query.Text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < words.Length; i++)
        {
            Filter($"(subject {like} @w{i} ESCAPE '\\' OR text {like} @w{i} ESCAPE '\\')", $"@w{i}", "%" + EscapeLike(words[i]) + "%");
        }

        if (!string.IsNullOrWhiteSpace(query.Ccg))
        {
            Filter(database.Dialect.EqualsIgnoringCase("ccg", "@ccg"), "@ccg", query.Ccg.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Icb))
        {
            Filter(database.Dialect.EqualsIgnoringCase("icb", "@icb"), "@icb", query.Icb.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Body))
        {
            Filter(database.Dialect.EqualsIgnoringCase("body", "@body"), "@body", query.Body.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Outcome))
        {
            Filter("outcome = @outcome", "@outcome", query.Outcome.Trim().ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.Reference))
        {
            Filter("canonical_reference = @reference", "@reference", DecisionReferences.Canonical(query.Reference));
        }

        if (query.From is { } from)
        {
            Filter("date >= @from", "@from", Db(from));
        }

        if (query.To is { } to)
        {
            Filter("date <= @to", "@to", Db(to));
        }

        var where = " WHERE " + string.Join(" AND ", filters);
        count.CommandText = "SELECT COUNT(*) FROM decisions" + where;
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        list.CommandText = $"SELECT {ColumnsOf("decisions")} FROM decisions{where} ORDER BY date DESC, document_id, ordinal LIMIT @limit OFFSET @offset";
        list.Bind("@limit", query.PageSize);
        list.Bind("@offset", (long)(query.Page - 1) * query.PageSize);
        var items = await ReadDecisionsAsync(list, cancellationToken);

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var (name, expression) in Facets)
        {
            await using var facet = connection.CreateCommand();
            facet.CommandText = $"SELECT {expression} AS value, COUNT(*) FROM decisions{where} GROUP BY {expression} HAVING {expression} IS NOT NULL ORDER BY COUNT(*) DESC, value LIMIT 50";
            foreach (DbParameter parameter in count.Parameters)
            {
                facet.Bind(parameter.ParameterName, parameter.Value);
            }

            var values = new List<FacetValue>();
            await using var reader = await facet.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                values.Add(new FacetValue(reader.GetString(0), reader.GetInt32(1)));
            }

            facets[name] = values;
        }

        return new DecisionList(total, items, facets);
    }

    public async Task<IReadOnlyList<Decision>> AllDecisionsAsync(RecordScope scope, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ColumnsOf("decisions")} FROM decisions WHERE {ScopeSql.DocumentVisible(scope, "document_id")} ORDER BY date, document_id, ordinal;";
        return await ReadDecisionsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<SourcedCitation>> AllCitationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT c.page_number, c.text, c.from_decision_id, c.relation, c.method, c.cited_reference, c.cited_policy_reference, c.cited_policy_version, c.cited_body, c.cited_organisation, c.cited_date_from, c.cited_date_to, c.document_id, d.sha256, d.ccg, d.icb " +
            "FROM citations c JOIN documents d ON d.document_id = c.document_id ORDER BY c.document_id, c.ordinal;";
        var citations = new List<SourcedCitation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            citations.Add(new SourcedCitation(ReadCitation(reader, reader.GetString(12)), reader.GetString(13), reader.Text(14), reader.Text(15)));
        }

        return citations;
    }

    public async Task<IReadOnlyDictionary<string, string>> DocumentHashesAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_id, sha256 FROM documents;";
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    public async Task<IReadOnlyList<Citation>> CitationsAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT page_number, text, from_decision_id, relation, method, cited_reference, cited_policy_reference, cited_policy_version, cited_body, cited_organisation, cited_date_from, cited_date_to FROM citations WHERE document_id = @id ORDER BY ordinal;";
        command.Bind("@id", documentId);
        var citations = new List<Citation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            citations.Add(ReadCitation(reader, documentId));
        }

        return citations;
    }

    internal static Citation ReadCitation(DbDataReader reader, string documentId) =>
            new()
            {
                DocumentId = documentId,
                PageNumber = reader.GetInt32(0),
                Text = reader.GetString(1),
                FromDecisionId = reader.Text(2),
                Relation = reader.GetString(3),
                Method = reader.GetString(4),
                CitedReference = reader.Text(5),
                CitedPolicyReference = reader.Text(6),
                CitedPolicyVersion = reader.Text(7),
                CitedBody = reader.Text(8),
                CitedOrganisation = reader.Text(9),
                CitedDateFrom = reader.Date(10),
                CitedDateTo = reader.Date(11),
            };

    public async Task<IReadOnlyList<PolicyDocument>> AllPoliciesAsync(RecordScope scope, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT d.document_id, d.title, d.ccg, d.icb, d.date, p.reference, p.version, p.approved_on, p.review_date, p.approved_by, p.history, p.title, p.ratified_by, d.sha256 " +
            "FROM policies p JOIN documents d ON d.document_id = p.document_id WHERE d.status = 'indexed' AND " + ScopeSql.DocumentVisible(scope, "d.document_id") + " ORDER BY d.date, d.document_id;";
        var list = new List<PolicyDocument>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var history = JsonSerializer.Deserialize(reader.GetString(10), CatalogJson.Default.ListPolicyVersionEntry) ?? [];
            var policy = new PolicyInfo(reader.Text(5), reader.Text(6), reader.Date(7), reader.Date(8), history) { ApprovedBy = reader.Text(9), Title = reader.Text(11), RatifiedBy = reader.Text(12) };
            list.Add(new PolicyDocument(reader.GetString(0), policy.Title ?? reader.GetString(1), reader.Text(2), reader.Text(3), reader.Date(4), policy) { Sha256 = reader.GetString(13) });
        }

        return list;
    }

    public async Task<PolicyInfo?> PolicyAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT reference, version, approved_on, review_date, approved_by, history, title, ratified_by FROM policies WHERE document_id = @id;";
        command.Bind("@id", documentId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var history = JsonSerializer.Deserialize(reader.GetString(5), CatalogJson.Default.ListPolicyVersionEntry) ?? [];
        return new PolicyInfo(reader.Text(0), reader.Text(1), reader.Date(2), reader.Date(3), history) { ApprovedBy = reader.Text(4), Title = reader.Text(6), RatifiedBy = reader.Text(7) };
    }

    public async Task<IReadOnlyList<(string Name, int Documents)>> UnknownOrganisationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT unknown_organisations FROM documents WHERE unknown_organisations IS NOT NULL;";
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            foreach (var name in JsonSerializer.Deserialize(reader.GetString(0), CatalogJson.Default.ListString) ?? [])
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.OrdinalIgnoreCase).Select(c => (c.Key, c.Value)).ToList();
    }

    internal static string EscapeLike(string word) => word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    internal static async Task<IReadOnlyList<Decision>> ReadDecisionsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var decisions = new List<Decision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            decisions.Add(new Decision
            {
                DecisionId = reader.GetString(0),
                DocumentId = reader.GetString(1),
                Reference = reader.Text(2),
                CanonicalReference = reader.Text(3),
                PageNumber = reader.GetInt32(4),
                Date = reader.Date(5),
                Body = reader.Text(6),
                Ccg = reader.Text(7),
                Outcome = reader.GetString(8),
                Subject = reader.Text(9),
                Text = reader.GetString(10),
                Icb = reader.Text(11),
                ItemLabel = reader.Text(12),
                TextOffset = reader.IsDBNull(13) ? null : reader.GetInt32(13),
                Confidence = reader.GetDouble(14),
                Reason = reader.Text(15),
                NeedsReview = reader.GetInt64(16) != 0,
                Qualifier = reader.Text(17),
                MonthOnly = reader.GetInt64(18) != 0,
                Sensitivity = reader.Text(19) ?? Sensitivities.Restricted,
            });
        }

        return decisions;
    }
}
