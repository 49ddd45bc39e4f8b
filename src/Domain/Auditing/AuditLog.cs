using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Auditing;

/// <summary>
/// For bulk paths that write without change tracking (capture, imports): appends their audit rows with one
/// binary COPY on the same connection, so they commit or roll back with the rows they describe.
/// </summary>
public static class AuditLog
{
    private const string Copy =
        "COPY cms.audit_entries (at, actor_user_id, actor_name, action, entity_type, entity_id, before, after, reason, correlation_id) FROM STDIN (FORMAT BINARY)";

    /// <summary>Appends on the context's connection (and its current transaction, if any).</summary>
    public static async Task<ulong> AppendAsync(this CmsDb db, IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await AppendAsync((NpgsqlConnection)db.Database.GetDbConnection(), entries, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Appends on an open connection; rows join the connection's current transaction.</summary>
    public static async Task<ulong> AppendAsync(NpgsqlConnection connection, IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(entries);
        await using var writer = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var entry in entries)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(entry.At, NpgsqlDbType.TimestampTz, cancellationToken);
            if (entry.ActorUserId is { } actorId)
            {
                await writer.WriteAsync(actorId, NpgsqlDbType.Uuid, cancellationToken);
            }
            else
            {
                await writer.WriteNullAsync(cancellationToken);
            }

            await writer.WriteAsync(entry.ActorName, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(entry.Action, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(entry.EntityType, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(entry.EntityId, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, entry.Before, NpgsqlDbType.Jsonb, cancellationToken);
            await WriteNullableAsync(writer, entry.After, NpgsqlDbType.Jsonb, cancellationToken);
            await WriteNullableAsync(writer, entry.Reason, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, entry.CorrelationId, NpgsqlDbType.Text, cancellationToken);
        }

        return await writer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, type, cancellationToken);
}
