using System.Data.Common;
using System.Text.Json;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using static KnowledgeArchive.Catalog.SqlValues;

namespace KnowledgeArchive.Catalog;

/// <summary>The lineage graph in the catalog: edges with their evidence, and the citations that resolve to nothing or to several decisions.</summary>
public class SqlLineageStore(SqlDatabase database) : ILineageStore
{
    public async Task ReplaceAsync(IReadOnlyList<LineageEdge> edges, IReadOnlyList<UnresolvedCitation> unresolved, IReadOnlyList<Decision> cited, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cited);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(unresolved);
        await using var connection = database.Open();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM lineage_edges; DELETE FROM unresolved_citations; DELETE FROM cited_decisions;";
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var e in edges)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO lineage_edges (from_decision_id, to_decision_id, type, method, confidence, evidence_document_id, evidence_page, evidence_text, evidence_sha256, rule) " +
                "VALUES (@from, @to, @type, @method, @confidence, @doc, @page, @text, @sha, @rule)" + SqlStatements.IgnoreOnConflict + ";";
            insert.Bind("@from", e.From);
            insert.Bind("@to", e.To);
            insert.Bind("@type", e.Type);
            insert.Bind("@method", e.Method);
            insert.Bind("@confidence", e.Confidence);
            insert.Bind("@doc", e.EvidenceDocumentId);
            insert.Bind("@page", e.EvidencePage);
            insert.Bind("@text", e.EvidenceText);
            insert.Bind("@sha", e.EvidenceSha256);
            insert.Bind("@rule", e.Rule);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var d in cited)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO cited_decisions (decision_id, document_id, reference, canonical_reference, page_number, date, body, ccg, outcome, subject, text, icb, month_only) " +
                "VALUES (@id, @doc, @reference, @canonical, @page, @date, @body, @ccg, @outcome, @subject, @text, @icb, @monthOnly)" + SqlStatements.IgnoreOnConflict + ";";
            insert.Bind("@id", d.DecisionId);
            insert.Bind("@doc", d.DocumentId);
            insert.Bind("@reference", Db(d.Reference));
            insert.Bind("@canonical", Db(d.CanonicalReference));
            insert.Bind("@page", d.PageNumber);
            insert.Bind("@date", Db(d.Date));
            insert.Bind("@body", Db(d.Body));
            insert.Bind("@ccg", Db(d.Ccg));
            insert.Bind("@outcome", d.Outcome);
            insert.Bind("@subject", Db(d.Subject));
            insert.Bind("@text", d.Text);
            insert.Bind("@icb", Db(d.Icb));
            insert.Bind("@monthOnly", d.MonthOnly ? 1 : 0);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var ordinal = 0;
        foreach (var u in unresolved)
        {
            var c = u.Citation;
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO unresolved_citations VALUES (@n, @doc, @page, @text, @from, @relation, @method, @reference, @body, @dateFrom, @dateTo, @candidates);";
            insert.Bind("@n", ordinal++);
            insert.Bind("@doc", c.DocumentId);
            insert.Bind("@page", c.PageNumber);
            insert.Bind("@text", c.Text);
            insert.Bind("@from", Db(c.FromDecisionId));
            insert.Bind("@relation", c.Relation);
            insert.Bind("@method", c.Method);
            insert.Bind("@reference", Db(c.CitedReference));
            insert.Bind("@body", Db(c.CitedBody));
            insert.Bind("@dateFrom", Db(c.CitedDateFrom));
            insert.Bind("@dateTo", Db(c.CitedDateTo));
            insert.Bind("@candidates", JsonSerializer.Serialize(u.Candidates.ToList(), CatalogJson.Default.ListString));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<LineageGraph?> WalkAsync(string decisionId, int depth, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var root = await DecisionAsync(connection, decisionId, scope, cancellationToken);
        if (root is null)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { decisionId };
        var edges = new Dictionary<(string, string, string), LineageEdge>();
        var frontier = new List<string> { decisionId };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var edge in await EdgesTouchingAsync(connection, id, scope, cancellationToken))
                {
                    edges.TryAdd((edge.From, edge.To, edge.Type), edge);
                    foreach (var other in new[] { edge.From, edge.To })
                    {
                        // An ICB a decision was handed on to, or a paper citing it, is an end point: walking through it
                        // would reach everything the ICB took over or the paper cites.
                        if (seen.Add(other) && LineageNodes.IsDecision(other))
                        {
                            next.Add(other);
                        }
                    }
                }
            }

            frontier = next;
        }

        var nodes = new List<Decision>();
        foreach (var id in seen)
        {
            if (await DecisionAsync(connection, id, scope, cancellationToken) is { } node)
            {
                nodes.Add(node);
            }
        }

        return new LineageGraph(
            root,
            nodes.OrderBy(n => n.Date).ThenBy(n => n.DecisionId, StringComparer.Ordinal).ToList(),
            edges.Values.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ToList());
    }

    public async Task<IReadOnlyList<UnresolvedCitation>> UnresolvedAsync(RecordScope scope, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var hidden = scope == RecordScope.All ? [] : await HiddenDecisionIdsAsync(connection, scope, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_id, page_number, text, from_decision_id, relation, method, cited_reference, cited_body, cited_date_from, cited_date_to, candidates FROM unresolved_citations " +
            $"WHERE {ScopeSql.DocumentVisible(scope, "document_id")} ORDER BY ordinal;";
        var list = new List<UnresolvedCitation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var citation = new Citation
            {
                DocumentId = reader.GetString(0),
                PageNumber = reader.GetInt32(1),
                Text = reader.GetString(2),
                FromDecisionId = reader.Text(3),
                Relation = reader.GetString(4),
                Method = reader.GetString(5),
                CitedReference = reader.Text(6),
                CitedBody = reader.Text(7),
                CitedDateFrom = reader.Date(8),
                CitedDateTo = reader.Date(9),
            };
            // A restricted candidate is not named: to this caller the citation fits only the decisions it may see.
            var candidates = JsonSerializer.Deserialize(reader.GetString(10), CatalogJson.Default.ListString) ?? [];
            list.Add(new UnresolvedCitation(citation, [.. candidates.Where(c => !hidden.Contains(c))]));
        }

        return list;
    }

    public async Task<Decision?> NodeAsync(string decisionId, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return await DecisionAsync(connection, decisionId, scope, cancellationToken);
    }

    public async Task<IReadOnlyList<LineageEdge>> EdgesOfAsync(string decisionId, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return await EdgesTouchingAsync(connection, decisionId, scope, cancellationToken);
    }

    public async Task<IReadOnlyList<Decision>> CandidatesAsync(string? ccg, string? icb, IReadOnlyList<string> words, int limit, RecordScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        await using var connection = database.Open();
        var found = new List<Decision>();
        foreach (var (table, inArchive) in new[] { ("decisions", true), ("cited_decisions", false) })
        {
            await using var command = connection.CreateCommand();
            var filters = new List<string> { ScopeSql.DocumentVisible(scope, "document_id") };
            var like = database.Dialect.LikeIgnoringCase;
            if (ccg is not null)
            {
                filters.Add(database.Dialect.EqualsIgnoringCase("ccg", "@ccg"));
                command.Bind("@ccg", ccg);
            }
            else if (icb is not null)
            {
                filters.Add("ccg IS NULL AND " + database.Dialect.EqualsIgnoringCase("icb", "@icb"));
                command.Bind("@icb", icb);
            }

            var any = words.Take(12).Select((w, i) =>
            {
                command.Bind($"@w{i}", "%" + SqlDecisionStore.EscapeLike(w) + "%");
                return $"subject {like} @w{i} ESCAPE '\\' OR text {like} @w{i} ESCAPE '\\'";
            }).ToList();
            if (any.Count > 0)
            {
                filters.Add("(" + string.Join(" OR ", any) + ")");
            }

            command.CommandText = $"SELECT {SqlDecisionStore.ColumnsOf(table)} FROM {table} WHERE {string.Join(" AND ", filters)} LIMIT @limit;";
            command.Bind("@limit", limit);
            found.AddRange((await SqlDecisionStore.ReadDecisionsAsync(command, cancellationToken)).Select(d => d with { InArchive = inArchive }));
        }

        return found;
    }

    private static async Task<Decision?> DecisionAsync(DbConnection connection, string id, RecordScope scope, CancellationToken cancellationToken)
    {
        var visible = ScopeSql.DocumentVisible(scope, "document_id");
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqlDecisionStore.ColumnsOf("decisions")} FROM decisions WHERE decision_id = @id AND {visible};";
        command.Bind("@id", id);
        if ((await SqlDecisionStore.ReadDecisionsAsync(command, cancellationToken)).FirstOrDefault() is { } decision)
        {
            return decision;
        }

        await using var cited = connection.CreateCommand();
        cited.CommandText = $"SELECT {SqlDecisionStore.ColumnsOf("cited_decisions")} FROM cited_decisions WHERE decision_id = @id AND {visible};";
        cited.Bind("@id", id);
        return (await SqlDecisionStore.ReadDecisionsAsync(cited, cancellationToken)).FirstOrDefault() is { } found ? found with { InArchive = false } : null;
    }

    private static async Task<List<LineageEdge>> EdgesTouchingAsync(DbConnection connection, string id, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT from_decision_id, to_decision_id, type, method, confidence, evidence_document_id, evidence_page, evidence_text, evidence_sha256, rule FROM lineage_edges " +
            $"WHERE (from_decision_id = @id OR to_decision_id = @id) AND {ScopeSql.EdgeVisible(scope)};";
        command.Bind("@id", id);
        var edges = new List<LineageEdge>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            edges.Add(new LineageEdge
            {
                From = reader.GetString(0),
                To = reader.GetString(1),
                Type = reader.GetString(2),
                Method = reader.GetString(3),
                Confidence = reader.GetDouble(4),
                EvidenceDocumentId = reader.GetString(5),
                EvidencePage = reader.GetInt32(6),
                EvidenceText = reader.GetString(7),
                EvidenceSha256 = reader.GetString(8),
                Rule = reader.GetString(9),
            });
        }

        return edges;
    }

    private static async Task<HashSet<string>> HiddenDecisionIdsAsync(DbConnection connection, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = ScopeSql.HiddenDecisions(scope) + ";";
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
