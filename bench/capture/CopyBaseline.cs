using Npgsql;
using NpgsqlTypes;
using OutlookCms.Domain.Auditing;
using OutlookCms.GraphSync.Pipeline;

namespace OutlookCms.Bench.Capture;

/// <summary>
/// The physical limit: the very rows the pipeline stores (interactions, reps, parties, decisions, audit), written
/// with binary COPY into the same tables and indexes, one transaction per page as the pipeline commits.
/// </summary>
public static class CopyBaseline
{
    public static async Task WritePageAsync(NpgsqlDataSource dataSource, Guid repId, PagePlan plan, IReadOnlyList<AuditEntry> audit)
    {
        var ids = plan.Interactions.ToDictionary(i => i.NaturalKey, i => i.Id, StringComparer.Ordinal);
        var times = plan.Interactions.ToDictionary(i => i.NaturalKey, i => i.OccurredAt, StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow;
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // Committed as the pipeline commits its pages (PageWriter), so the two differ only in how they write.
        await using (var asynchronous = new NpgsqlCommand("SET LOCAL synchronous_commit = off", connection))
        {
            await asynchronous.ExecuteNonQueryAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY cms.interactions (id, channel, direction, source, occurred_at, subject, summary, internet_message_id, conversation_id, natural_key, is_cancelled, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var i in plan.Interactions)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(i.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(i.Channel.ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync(i.Direction.ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync("Captured", NpgsqlDbType.Text);
                await copy.WriteAsync(i.OccurredAt, NpgsqlDbType.TimestampTz);
                await WriteAsync(copy, i.Subject);
                await WriteAsync(copy, i.Summary);
                await WriteAsync(copy, i.InternetMessageId);
                await WriteAsync(copy, i.ConversationId);
                await copy.WriteAsync(i.NaturalKey, NpgsqlDbType.Text);
                await copy.WriteAsync(i.IsCancelled, NpgsqlDbType.Boolean);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY cms.interaction_reps (interaction_id, firm_user_id, role, occurred_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in plan.Reps.Distinct())
            {
                await copy.WriteRowAsync(CancellationToken.None, ids[r.NaturalKey], r.FirmUserId, r.Role.ToString(), times[r.NaturalKey]);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY cms.interaction_parties (interaction_id, party_id, role, occurred_at, matched_address) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var p in plan.Parties.DistinctBy(p => (p.NaturalKey, p.PartyId, p.Role)))
            {
                await copy.WriteRowAsync(CancellationToken.None, ids[p.NaturalKey], p.PartyId, p.Role.ToString(), times[p.NaturalKey], p.Address);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY cms.capture_decisions (firm_user_id, stream, graph_item_id, internet_message_id, sender, subject, outcome, reason, detail, interaction_id, at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in plan.Decisions)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(repId, NpgsqlDbType.Uuid);
                await copy.WriteAsync("Inbox", NpgsqlDbType.Text);
                await copy.WriteAsync(d.GraphId, NpgsqlDbType.Text);
                await WriteAsync(copy, d.ItemKey);
                await WriteAsync(copy, d.Sender);
                await WriteAsync(copy, d.Subject);
                await copy.WriteAsync(d.Outcome.ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync(d.Reason.ToString(), NpgsqlDbType.Text);
                await WriteAsync(copy, d.Detail);
                if (d.NaturalKey is { } key)
                {
                    await copy.WriteAsync(ids[key], NpgsqlDbType.Uuid);
                }
                else
                {
                    await copy.WriteNullAsync();
                }

                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
        }

        await AuditLog.AppendAsync(connection, audit, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, string? value) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, NpgsqlDbType.Text);
}
