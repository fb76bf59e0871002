using System.Data.Common;
using System.Globalization;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Catalog;

/// <summary>The catalog of documents and their page texts, in whichever database <see cref="SqlDatabase"/> is.</summary>
public class SqlDocumentCatalog : IDocumentCatalog
{
    private const string Columns =
        "document_id, sha256, file_name, format, size_bytes, ingested_at, status, quarantine_code, quarantine_message, title, page_count, " +
        "document_type, ccg, icb, body, date, session, sensitivity, source, original_path, extractor_version, description, " +
        "batch_id, entry_path, archive_sha256, sensitivity_basis, organisation";

    private static readonly string UpsertSql = $"INSERT INTO documents ({Columns}) VALUES ({Parameters()}){SqlStatements.ReplaceOnConflict("document_id", Columns)};";

    private readonly SqlDatabase database;

    public SqlDocumentCatalog(SqlDatabase database) => this.database = database;

    public async Task<bool> TryAddAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = Open();
        return await TryAddAsync(connection, null, record, cancellationToken);
    }

    /// <summary>Adds a record within a caller's transaction (the ingest ledger records the file in the same one).</summary>
    internal static async Task<bool> TryAddAsync(DbConnection connection, DbTransaction? transaction, DocumentRecord record, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO documents ({Columns}) VALUES ({Parameters()}){SqlStatements.IgnoreOnConflict};";
        Bind(command, record);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public Task SaveAsync(DocumentRecord record, IReadOnlyList<PageText> pages, EnrichmentResult? enrichment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(pages);
        return SaveAllAsync([new CatalogEntry(record, pages, enrichment)], CatalogAmendments.None, () => { }, cancellationToken);
    }

    public async Task<SequenceSpan> SaveAllAsync(IReadOnlyList<CatalogEntry> entries, CatalogAmendments amendments, Action publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(amendments);
        ArgumentNullException.ThrowIfNull(publish);
        if (entries.Count == 0 && amendments.IsEmpty)
        {
            publish();
            return SequenceSpan.None;
        }

        using var running = database.Publication.Enter();
        await using var connection = Open();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var statements = new StatementSet(connection, transaction);
        foreach (var entry in entries)
        {
            await SaveAsync(statements, entry, cancellationToken);
        }

        foreach (var amendment in amendments.Organisations)
        {
            var organisations = statements.For("UPDATE documents SET ccg = @ccg, icb = @icb WHERE document_id = @id; UPDATE decisions SET ccg = @ccg, icb = @icb WHERE document_id = @id;");
            organisations.Bind("@ccg", (object?)amendment.Ccg ?? DBNull.Value);
            organisations.Bind("@icb", (object?)amendment.Icb ?? DBNull.Value);
            organisations.Bind("@id", amendment.DocumentId);
            await organisations.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var restriction in amendments.Restrictions)
        {
            var restrict = statements.For("UPDATE documents SET session = @private, sensitivity = @restricted, sensitivity_basis = @basis WHERE document_id = @id;");
            restrict.Bind("@private", Sessions.Private);
            restrict.Bind("@restricted", Sensitivities.Restricted);
            restrict.Bind("@basis", restriction.Basis);
            restrict.Bind("@id", restriction.DocumentId);
            await restrict.ExecuteNonQueryAsync(cancellationToken);
        }

        var changed = entries.Select(e => e.Record.DocumentId)
            .Concat(amendments.Organisations.Select(a => a.DocumentId))
            .Concat(amendments.Restrictions.Select(r => r.DocumentId))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var span = await ChangeFeedRows.RecordAsync(connection, transaction, database.Dialect, changed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        publish();
        return span;
    }

    public async Task<OrganisationKnowledge> OrganisationKnowledgeAsync(CancellationToken cancellationToken)
    {
        await using var connection = Open();
        var documents = new List<DocumentOrganisation>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT document_id, organisation, ccg, icb FROM documents WHERE status = 'indexed' AND organisation IS NOT NULL ORDER BY document_id;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                documents.Add(new DocumentOrganisation(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        return new OrganisationKnowledge(documents, await EnrichmentRows.FactsAsync(connection, cancellationToken));
    }

    public async Task<IReadOnlyList<DocumentRecord>> ListMeetingAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM documents WHERE date = @date AND body = @body AND COALESCE(ccg, icb) = @organisation AND status = 'indexed' ORDER BY document_id;";
        command.Bind("@date", meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Bind("@body", meeting.Body);
        command.Bind("@organisation", meeting.Organisation);
        var records = new List<DocumentRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    public Task<DocumentRecord?> FindAsync(string documentId, CancellationToken cancellationToken) =>
        FindOneAsync("document_id = @value", documentId, cancellationToken);

    public Task<DocumentRecord?> FindAsync(string documentId, RecordScope scope, CancellationToken cancellationToken) =>
        FindOneAsync($"document_id = @value AND {ScopeSql.DocumentVisible(scope, "document_id")}", documentId, cancellationToken);

    public Task<DocumentRecord?> FindBySha256Async(string sha256, CancellationToken cancellationToken) =>
        FindOneAsync("sha256 = @value", sha256?.ToLowerInvariant() ?? string.Empty, cancellationToken);

    public async Task<DocumentList> ListAsync(DocumentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<string> { ScopeSql.DocumentVisible(query.Scope, "document_id") };
        await using var connection = Open();
        await using var count = connection.CreateCommand();
        await using var list = connection.CreateCommand();
        void Filter(string sql, string name, object value)
        {
            filters.Add(sql);
            count.Bind(name, value);
            list.Bind(name, value);
        }

        if (!string.IsNullOrWhiteSpace(query.FileName))
        {
            Filter(database.Dialect.EqualsIgnoringCase("file_name", "@fileName"), "@fileName", query.FileName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Sha256))
        {
            Filter("sha256 = @sha256", "@sha256", query.Sha256.Trim().ToLowerInvariant());
        }

        if (query.Status is { } status)
        {
            Filter("status = @status", "@status", StatusText(status));
        }

        var where = " WHERE " + string.Join(" AND ", filters);
        count.CommandText = "SELECT COUNT(*) FROM documents" + where;
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

        list.CommandText = $"SELECT {Columns} FROM documents{where} ORDER BY ingested_at DESC, document_id LIMIT @limit OFFSET @offset";
        list.Bind("@limit", query.PageSize);
        list.Bind("@offset", (long)(query.Page - 1) * query.PageSize);
        var items = new List<DocumentRecord>();
        await using var reader = await list.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Read(reader));
        }

        await database.Publication.ShownAsync(cancellationToken);
        return new DocumentList(total, items);
    }

    public async Task<PageText?> GetPageAsync(string documentId, int pageNumber, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PageColumns} FROM pages WHERE document_id = @id AND page_number = @n;";
        command.Bind("@id", documentId);
        command.Bind("@n", pageNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadPage(reader) : null;
    }

    public async Task SaveAttachmentsAsync(string documentId, IReadOnlyList<DocumentAttachment> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        await using var connection = Open();
        await AttachmentRows.ReplaceAsync(connection, documentId, attachments, cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentAttachment>> GetAttachmentsAsync(string documentId, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        return await AttachmentRows.ListAsync(connection, documentId, scope, cancellationToken);
    }

    public async Task<IReadOnlyList<AttachedTo>> GetAttachedToAsync(string documentId, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        return await AttachmentRows.ParentsAsync(connection, documentId, scope, cancellationToken);
    }

    public async Task<PageImage?> GetPageImageAsync(string documentId, int pageNumber, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT media_type, content FROM page_images WHERE document_id = @id AND page_number = @n;";
        command.Bind("@id", documentId);
        command.Bind("@n", pageNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new PageImage(pageNumber, reader.GetString(0), (byte[])reader.GetValue(1)) : null;
    }

    public async Task<IReadOnlySet<int>> PagesWithImagesAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT page_number FROM page_images WHERE document_id = @id;";
        command.Bind("@id", documentId);
        var numbers = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            numbers.Add(reader.GetInt32(0));
        }

        return numbers;
    }

    public async Task<IReadOnlyList<PageText>> GetPagesAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PageColumns} FROM pages WHERE document_id = @id ORDER BY page_number;";
        command.Bind("@id", documentId);
        var pages = new List<PageText>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pages.Add(ReadPage(reader));
        }

        return pages;
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(DocumentStatus status, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_id FROM documents WHERE status = @status ORDER BY ingested_at;";
        command.Bind("@status", StatusText(status));
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<IReadOnlyList<string>> ListProcessedByOtherVersionsAsync(Func<FileFormat, string> currentVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(currentVersion);
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_id, format, extractor_version FROM documents WHERE status IN ('indexed', 'quarantined') ORDER BY ingested_at;";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var version = reader.IsDBNull(2) ? null : reader.GetString(2);
            if (version != currentVersion(FileFormat.FromName(reader.IsDBNull(1) ? null : reader.GetString(1))))
            {
                ids.Add(reader.GetString(0));
            }
        }

        return ids;
    }

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM documents WHERE 1 = 0;";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    private const string PageColumns = "page_number, text, ocr_confidence, ocr_words, ocr_dpi, ocr_failure";

    private DbConnection Open() => database.Open();

    private static PageText ReadPage(DbDataReader reader) =>
        new(reader.GetInt32(0), reader.GetString(1))
        {
            Ocr = reader.IsDBNull(2) ? null : new PageOcr(reader.GetDouble(2), reader.GetInt32(3), reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5)),
        };

    private static async Task SaveAsync(StatementSet statements, CatalogEntry entry, CancellationToken cancellationToken)
    {
        var record = entry.Record;
        var upsert = statements.For(UpsertSql);
        Bind(upsert, record);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
        await statements.ExecuteAsync("DELETE FROM pages WHERE document_id = @id;", cancellationToken, ("@id", record.DocumentId));

        var insert = statements.For("INSERT INTO pages (document_id, page_number, text, ocr_confidence, ocr_words, ocr_dpi, ocr_failure) VALUES (@id, @n, @text, @confidence, @words, @dpi, @failure);");
        insert.Bind("@id", record.DocumentId);
        var number = insert.Parameter("@n");
        var text = insert.Parameter("@text");
        var confidence = insert.Parameter("@confidence");
        var words = insert.Parameter("@words");
        var dpi = insert.Parameter("@dpi");
        var failure = insert.Parameter("@failure");
        foreach (var page in entry.Pages)
        {
            number.Value = page.Number;
            text.Value = page.Text;
            confidence.Value = (object?)page.Ocr?.MeanConfidence ?? DBNull.Value;
            words.Value = (object?)page.Ocr?.Words ?? DBNull.Value;
            dpi.Value = (object?)page.Ocr?.Dpi ?? DBNull.Value;
            failure.Value = (object?)page.Ocr?.Failure ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await PageImageRows.ReplaceAsync(statements, record.DocumentId, entry.PageImages, cancellationToken);

        await EnrichmentRows.ReplaceAsync(statements, record.DocumentId, entry.Enrichment, cancellationToken);
    }

    private async Task<DocumentRecord?> FindOneAsync(string where, string value, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM documents WHERE {where};";
        command.Bind("@value", value);
        DocumentRecord? record;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            record = await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        }

        await database.Publication.ShownAsync(cancellationToken);
        return record;
    }

    private static string Parameters() =>
        string.Join(", ", Columns.Split(", ").Select(c => "@" + c));

    private static void Bind(DbCommand command, DocumentRecord r)
    {
        var m = r.Metadata;
        object Db(object? value) => value ?? DBNull.Value;
        command.Bind("@document_id", r.DocumentId);
        command.Bind("@sha256", r.Sha256);
        command.Bind("@file_name", r.FileName);
        command.Bind("@format", r.Format.Name);
        command.Bind("@size_bytes", r.SizeBytes);
        command.Bind("@ingested_at", r.IngestedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Bind("@status", StatusText(r.Status));
        command.Bind("@quarantine_code", Db(r.QuarantineReason?.Code));
        command.Bind("@quarantine_message", Db(r.QuarantineReason?.Message));
        command.Bind("@title", r.Title);
        command.Bind("@page_count", r.PageCount);
        command.Bind("@document_type", m.DocumentType);
        command.Bind("@ccg", Db(m.Ccg));
        command.Bind("@icb", Db(m.Icb));
        command.Bind("@body", Db(m.Body));
        command.Bind("@date", Db(m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        command.Bind("@session", Db(m.Session));
        command.Bind("@sensitivity", m.Sensitivity);
        command.Bind("@source", r.Provenance.Source);
        command.Bind("@original_path", Db(r.Provenance.OriginalPath));
        command.Bind("@extractor_version", Db(r.ExtractorVersion));
        command.Bind("@description", Db(r.Description));
        command.Bind("@batch_id", Db(r.Provenance.BatchId));
        command.Bind("@entry_path", Db(r.Provenance.EntryPath));
        command.Bind("@archive_sha256", Db(r.Provenance.ArchiveSha256));
        command.Bind("@sensitivity_basis", Db(m.SensitivityBasis));
        command.Bind("@organisation", Db(m.Organisation));
    }

    private static DocumentRecord Read(DbDataReader reader)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var code = Text(7);
        return new DocumentRecord
        {
            DocumentId = reader.GetString(0),
            Sha256 = reader.GetString(1),
            FileName = reader.GetString(2),
            Format = FileFormat.FromName(reader.GetString(3)),
            SizeBytes = reader.GetInt64(4),
            IngestedAt = DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            Status = Enum.Parse<DocumentStatus>(reader.GetString(6), ignoreCase: true),
            QuarantineReason = code is null ? null : new QuarantineReason(code, Text(8) ?? string.Empty),
            Title = reader.GetString(9),
            PageCount = reader.GetInt32(10),
            Metadata = new DocumentMetadata
            {
                DocumentType = reader.GetString(11),
                Ccg = Text(12),
                Icb = Text(13),
                Body = Text(14),
                Date = Text(15) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Session = Text(16),
                Sensitivity = reader.GetString(17),
                SensitivityBasis = Text(25),
                Organisation = Text(26),
            },
            Provenance = new Provenance(reader.GetString(18), Text(19)) { BatchId = Text(22), EntryPath = Text(23), ArchiveSha256 = Text(24) },
            ExtractorVersion = Text(20),
            Description = Text(21),
        };
    }

    private static string StatusText(DocumentStatus status) => status.ToString().ToLowerInvariant();
}
