using System.Data.Common;
using System.Globalization;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Catalog.Security;

/// <summary>
/// The audit log in the security database. Each append returns once its entry is fully synced; appends made while
/// others are being written go together into the next transaction, so many requests share one disk sync rather
/// than queue for one each. Triggers refuse updates and deletes, and the hash chain shows any change made around them.
/// Where several processes may append (PostgreSQL), each group takes the dialect's lock first, so the chain stays one.
/// </summary>
public class SqlAuditLog : IAuditLog, IDisposable
{
    private readonly SqlDatabase database;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private List<Pending> waiting = [];
    private Task? writer;
    private bool writing;

    public SqlAuditLog(SqlDatabase database, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        this.clock = clock ?? TimeProvider.System;
    }

    public Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        ArgumentException.ThrowIfNullOrEmpty(auditEvent.Actor);
        ArgumentException.ThrowIfNullOrEmpty(auditEvent.Action);
        var pending = new Pending(AuditText.Storable(auditEvent), new TaskCompletionSource<AuditEntry>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (gate)
        {
            waiting.Add(pending);
            if (!writing)
            {
                writing = true;
                writer = Task.Run(WriteWaitingAsync, CancellationToken.None);
            }
        }

        // A caller that stops waiting does not take the entry back: what it records has happened.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? actor, string? action, int limit, long? before, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        var filters = new List<string>();
        if (actor is not null)
        {
            filters.Add("actor = @actor");
            command.Bind("@actor", actor);
        }

        if (action is not null)
        {
            filters.Add("action = @action");
            command.Bind("@action", action);
        }

        if (before is not null)
        {
            filters.Add("sequence < @before");
            command.Bind("@before", before.Value);
        }

        command.CommandText = $"SELECT sequence, at, actor, role, action, target, detail, previous_hash, hash FROM audit_log{(filters.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", filters))} ORDER BY sequence DESC LIMIT @limit;";
        command.Bind("@limit", Math.Clamp(limit, 1, 1000));
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(Read(reader));
        }

        return entries;
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, at, actor, role, action, target, detail, previous_hash, hash FROM audit_log ORDER BY sequence;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long expected = 1;
        var previous = AuditHash.Genesis;
        while (await reader.ReadAsync(cancellationToken))
        {
            var entry = Read(reader);
            if (entry.Sequence != expected)
            {
                return new AuditVerification(expected - 1, expected, $"entry {expected} is missing (the next is {entry.Sequence})");
            }

            if (entry.PreviousHash != previous)
            {
                return new AuditVerification(expected - 1, entry.Sequence, $"entry {entry.Sequence} does not carry the hash of entry {entry.Sequence - 1}");
            }

            var recomputed = AuditHash.Of(entry.Sequence, entry.At, new AuditEvent(entry.Actor, entry.Role, entry.Action, entry.Target, entry.Detail), entry.PreviousHash);
            if (recomputed != entry.Hash)
            {
                return new AuditVerification(expected - 1, entry.Sequence, $"entry {entry.Sequence} was changed after it was written (its hash does not match its content)");
            }

            previous = entry.Hash;
            expected++;
        }

        return new AuditVerification(expected - 1, null, null);
    }

    /// <summary>Waits until every entry appended so far is written.</summary>
    public void Dispose()
    {
        Task? running;
        lock (gate)
        {
            running = writer;
        }

        running?.GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    private async Task WriteWaitingAsync()
    {
        while (true)
        {
            List<Pending> group;
            lock (gate)
            {
                if (waiting.Count == 0)
                {
                    writing = false;
                    return;
                }

                group = waiting;
                waiting = [];
            }

            try
            {
                var entries = await WriteAsync(group);
                for (var i = 0; i < group.Count; i++)
                {
                    group[i].Done.TrySetResult(entries[i]);
                }
            }
            catch (Exception ex)
            {
                // Disk full, database locked: each caller's request reports it; nothing of the group was written.
                group.ForEach(p => p.Done.TrySetException(ex));
            }
        }
    }

    private async Task<List<AuditEntry>> WriteAsync(List<Pending> group)
    {
        await using var connection = database.Open();
        await using var transaction = await connection.BeginTransactionAsync();
        if (database.Dialect.SerializeAuditAppends is { } serialize)
        {
            await using var turn = connection.CreateCommand();
            turn.Transaction = transaction;
            turn.CommandText = serialize;
            await turn.ExecuteNonQueryAsync();
        }

        long sequence = 0;
        var previous = AuditHash.Genesis;
        await using (var last = connection.CreateCommand())
        {
            last.Transaction = transaction;
            last.CommandText = "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1;";
            await using var reader = await last.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                sequence = reader.GetInt64(0);
                previous = reader.GetString(1);
            }
        }

        var entries = new List<AuditEntry>(group.Count);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO audit_log VALUES (@seq, @at, @actor, @role, @action, @target, @detail, @previous, @hash);";
        foreach (var auditEvent in group.Select(p => p.Event))
        {
            sequence++;

            // Whole milliseconds, stored in a fixed format, so the hash can be recomputed from what is stored.
            var at = DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());
            var hash = AuditHash.Of(sequence, at, auditEvent, previous);
            insert.Parameters.Clear();
            insert.Bind("@seq", sequence);
            insert.Bind("@at", at.ToString("O", CultureInfo.InvariantCulture));
            insert.Bind("@actor", auditEvent.Actor);
            insert.Bind("@role", (object?)auditEvent.Role ?? DBNull.Value);
            insert.Bind("@action", auditEvent.Action);
            insert.Bind("@target", (object?)auditEvent.Target ?? DBNull.Value);
            insert.Bind("@detail", (object?)auditEvent.Detail ?? DBNull.Value);
            insert.Bind("@previous", previous);
            insert.Bind("@hash", hash);
            await insert.ExecuteNonQueryAsync();
            entries.Add(new AuditEntry(sequence, at, auditEvent.Actor, auditEvent.Role, auditEvent.Action, auditEvent.Target, auditEvent.Detail, previous, hash));
            previous = hash;
        }

        await transaction.CommitAsync();
        return entries;
    }

    private static AuditEntry Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.GetString(7),
        reader.GetString(8));

    private sealed record Pending(AuditEvent Event, TaskCompletionSource<AuditEntry> Done);
}
