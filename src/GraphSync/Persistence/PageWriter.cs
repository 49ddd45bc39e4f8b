using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Interactions;
using OutlookCms.GraphSync.Pipeline;

namespace OutlookCms.GraphSync.Persistence;

/// <summary>
/// Commits one page's plan and the stream's new cursor in ONE transaction, with set-based statements
/// (arrays + unnest, ON CONFLICT on the natural keys) and a binary COPY for the audit rows: a page costs
/// a few round trips however many items it holds. A crash before the commit leaves the previous cursor,
/// so the page is read again and the natural keys make the replay change nothing twice.
/// </summary>
public sealed class PageWriter(NpgsqlDataSource dataSource, TimeProvider time)
{
    public async Task<PageWriteResult> WriteAsync(PagePlan plan, CursorState cursor, string mailbox, IAuditActor actor, int prospectThreshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(cursor);
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var changed = await UpsertInteractionsAsync(connection, plan.Interactions, now, cancellationToken);
        var ids = await InteractionIdsAsync(connection, plan.Interactions, changed, cancellationToken);
        var removed = await MarkRemovedAsync(connection, cursor, plan.Removed, now, cancellationToken);
        var cancelled = cursor.Stream == MailboxStream.Calendar ? await CancelOrganizersRemovedMeetingsAsync(connection, cursor, removed, now, cancellationToken) : [];

        await using (var batch = new NpgsqlBatch(connection))
        {
            // Safe here: the cursor commits in the same transaction, so a commit lost in a database crash loses its
            // cursor too and the page is read from Graph again. Atomicity is untouched; only the fsync wait goes.
            Add(batch, "SET LOCAL synchronous_commit = off");
            var times = plan.Interactions.ToDictionary(i => i.NaturalKey, i => i.OccurredAt, StringComparer.Ordinal);
            AddReps(batch, plan.Reps, ids, times);
            AddParties(batch, plan.Parties, ids, times);
            AddReschedules(batch, changed.Where(c => !c.Inserted && c.Channel == Channel.Meeting).Select(c => c.Id).ToArray());
            AddDecisions(batch, cursor, plan.Decisions, ids, now);
            AddQuarantine(batch, cursor, plan.Quarantine, now);
            AddSightings(batch, plan.Sightings, prospectThreshold);
            AddCursor(batch, cursor);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        var audit = Audit(changed, removed, cursor, mailbox, actor, now);
        audit.AddRange(cancelled.Select(id => AuditEntry.Record(now, actor, AuditActions.Updated, nameof(Interaction), Id(id),
            "{\"isCancelled\":false}", "{\"isCancelled\":true}",
            $"Removed from the calendar of its organizer {mailbox} before it took place: taken as cancelled.")));
        if (audit.Count > 0)
        {
            await AuditLog.AppendAsync(connection, audit, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new PageWriteResult(changed.Count(c => c.Inserted), changed.Count(c => !c.Inserted), plan.Decisions.Count, plan.Quarantine.Count, removed.Count);
    }

    private sealed record ChangedInteraction(Guid Id, string NaturalKey, bool Inserted, Channel Channel, DateTimeOffset OccurredAt, DateTimeOffset? EndsAt, bool IsCancelled);

    private sealed record RemovedItem(string GraphId, Guid InteractionId, string? ItemKey);

    private const string UpsertInteractions = """
        INSERT INTO cms.interactions AS i (id, channel, direction, source, occurred_at, ends_at, subject, summary, internet_message_id,
            in_reply_to_message_id, conversation_id, ical_uid, occurrence_start, natural_key, is_cancelled, created_at)
        SELECT t.id, t.channel, t.direction, 'Captured', t.occurred_at, t.ends_at, t.subject, t.summary, t.imid, t.reply, t.conv, t.uid, t.ostart, t.key, t.cancelled, $15
        FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[], $8::text[], $9::text[],
                    $10::text[], $11::text[], $12::timestamptz[], $13::text[], $14::bool[])
             AS t(id, channel, direction, occurred_at, ends_at, subject, summary, imid, reply, conv, uid, ostart, key, cancelled)
        ORDER BY t.key
        ON CONFLICT (natural_key) WHERE natural_key IS NOT NULL DO UPDATE SET
            occurred_at = CASE WHEN i.channel = 'Meeting' THEN EXCLUDED.occurred_at ELSE i.occurred_at END,
            ends_at = CASE WHEN i.channel = 'Meeting' THEN EXCLUDED.ends_at ELSE i.ends_at END,
            is_cancelled = CASE WHEN i.channel = 'Meeting' THEN EXCLUDED.is_cancelled ELSE i.is_cancelled END,
            in_reply_to_message_id = COALESCE(i.in_reply_to_message_id, EXCLUDED.in_reply_to_message_id)
        WHERE (i.channel = 'Meeting' AND (i.occurred_at, i.ends_at, i.is_cancelled) IS DISTINCT FROM (EXCLUDED.occurred_at, EXCLUDED.ends_at, EXCLUDED.is_cancelled))
           OR (i.in_reply_to_message_id IS NULL AND EXCLUDED.in_reply_to_message_id IS NOT NULL)
        RETURNING i.id, i.natural_key, (i.xmax = 0), i.channel, i.occurred_at, i.ends_at, i.is_cancelled
        """;

    private static async Task<List<ChangedInteraction>> UpsertInteractionsAsync(NpgsqlConnection connection, List<InteractionRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = new List<ChangedInteraction>();
        if (rows.Count == 0)
        {
            return changed;
        }

        await using var command = new NpgsqlCommand(UpsertInteractions, connection);
        command.Parameters.Add(Array(rows.Select(r => r.Id)));
        command.Parameters.Add(Array(rows.Select(r => r.Channel.ToString())));
        command.Parameters.Add(Array(rows.Select(r => r.Direction.ToString())));
        command.Parameters.Add(Array(rows.Select(r => r.OccurredAt)));
        command.Parameters.Add(Array(rows.Select(r => r.EndsAt)));
        command.Parameters.Add(Array(rows.Select(r => r.Subject)));
        command.Parameters.Add(Array(rows.Select(r => r.Summary)));
        command.Parameters.Add(Array(rows.Select(r => r.InternetMessageId)));
        command.Parameters.Add(Array(rows.Select(r => r.InReplyTo)));
        command.Parameters.Add(Array(rows.Select(r => r.ConversationId)));
        command.Parameters.Add(Array(rows.Select(r => r.ICalUId)));
        command.Parameters.Add(Array(rows.Select(r => r.OccurrenceStart)));
        command.Parameters.Add(Array(rows.Select(r => r.NaturalKey)));
        command.Parameters.Add(Array(rows.Select(r => r.IsCancelled)));
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changed.Add(new ChangedInteraction(
                reader.GetGuid(0), reader.GetString(1), reader.GetBoolean(2), Enum.Parse<Channel>(reader.GetString(3)),
                reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5), reader.GetBoolean(6)));
        }

        return changed;
    }

    /// <summary>The id of every interaction of the page: the upsert returned the new and changed ones; the rest (already stored, unchanged) are looked up.</summary>
    private static async Task<Dictionary<string, Guid>> InteractionIdsAsync(NpgsqlConnection connection, List<InteractionRow> rows, List<ChangedInteraction> changed, CancellationToken cancellationToken)
    {
        var ids = changed.ToDictionary(c => c.NaturalKey, c => c.Id, StringComparer.Ordinal);
        var missing = rows.Select(r => r.NaturalKey).Where(k => !ids.ContainsKey(k)).ToArray();
        if (missing.Length == 0)
        {
            return ids;
        }

        await using var command = new NpgsqlCommand("SELECT natural_key, id FROM cms.interactions WHERE natural_key = ANY($1)", connection);
        command.Parameters.Add(Array(missing));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[reader.GetString(0)] = reader.GetGuid(1);
        }

        return ids;
    }

    private const string MarkRemoved = """
        UPDATE cms.capture_decisions SET outcome = 'RemovedFromMailbox', reason = 'Removed', at = $4
        WHERE firm_user_id = $1 AND stream = $2 AND graph_item_id = ANY($3) AND outcome <> 'RemovedFromMailbox'
        RETURNING graph_item_id, interaction_id, internet_message_id
        """;

    private static async Task<List<RemovedItem>> MarkRemovedAsync(NpgsqlConnection connection, CursorState cursor, List<string> graphIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var removed = new List<RemovedItem>();
        if (graphIds.Count == 0)
        {
            return removed;
        }

        await using var command = new NpgsqlCommand(MarkRemoved, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = cursor.FirmUserId });
        command.Parameters.Add(new NpgsqlParameter { Value = cursor.Stream.ToString() });
        command.Parameters.Add(Array(graphIds));
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(1))
            {
                removed.Add(new RemovedItem(reader.GetString(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        return removed;
    }

    /// <summary>
    /// Outlook deletes a meeting from its organizer's calendar when the organizer cancels it (attendees get a cancelled
    /// copy instead). So a future meeting that leaves the calendar of the rep who organized it is marked cancelled; one
    /// that leaves an attendee's calendar, or that already took place, stays as it is.
    /// </summary>
    private const string CancelRemoved = """
        UPDATE cms.interactions i SET is_cancelled = true
        WHERE i.id = ANY($1) AND i.channel = 'Meeting' AND NOT i.is_cancelled AND i.occurred_at > $3
          AND EXISTS (SELECT 1 FROM cms.interaction_reps r WHERE r.interaction_id = i.id AND r.firm_user_id = $2 AND r.role = 'Organizer')
        RETURNING i.id
        """;

    private static async Task<List<Guid>> CancelOrganizersRemovedMeetingsAsync(NpgsqlConnection connection, CursorState cursor, List<RemovedItem> removed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cancelled = new List<Guid>();
        if (removed.Count == 0)
        {
            return cancelled;
        }

        await using var command = new NpgsqlCommand(CancelRemoved, connection);
        command.Parameters.Add(Array(removed.Select(r => r.InteractionId)));
        command.Parameters.Add(new NpgsqlParameter { Value = cursor.FirmUserId });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cancelled.Add(reader.GetGuid(0));
        }

        return cancelled;
    }

    private static void AddReps(NpgsqlBatch batch, List<RepLink> reps, Dictionary<string, Guid> ids, Dictionary<string, DateTimeOffset> times)
    {
        if (reps.Count == 0)
        {
            return;
        }

        var distinct = reps.Distinct().OrderBy(r => ids[r.NaturalKey]).ThenBy(r => r.FirmUserId).ToList();
        Add(batch, """
            INSERT INTO cms.interaction_reps (interaction_id, firm_user_id, role, occurred_at)
            SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])
            ON CONFLICT DO NOTHING
            """,
            Array(distinct.Select(r => ids[r.NaturalKey])), Array(distinct.Select(r => r.FirmUserId)), Array(distinct.Select(r => r.Role.ToString())),
            Array(distinct.Select(r => times[r.NaturalKey])));
    }

    private static void AddParties(NpgsqlBatch batch, List<PartyLink> parties, Dictionary<string, Guid> ids, Dictionary<string, DateTimeOffset> times)
    {
        if (parties.Count == 0)
        {
            return;
        }

        var distinct = parties.DistinctBy(p => (p.NaturalKey, p.PartyId, p.Role)).OrderBy(p => ids[p.NaturalKey]).ThenBy(p => p.PartyId).ToList();
        Add(batch, """
            INSERT INTO cms.interaction_parties (interaction_id, party_id, role, occurred_at, matched_address)
            SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::text[])
            ON CONFLICT DO NOTHING
            """,
            Array(distinct.Select(p => ids[p.NaturalKey])), Array(distinct.Select(p => p.PartyId)), Array(distinct.Select(p => p.Role.ToString())),
            Array(distinct.Select(p => times[p.NaturalKey])), Array(distinct.Select(p => p.Address)));
    }

    /// <summary>A moved meeting: the participants' copies of its time move too.</summary>
    private static void AddReschedules(NpgsqlBatch batch, Guid[] meetingIds)
    {
        if (meetingIds.Length == 0)
        {
            return;
        }

        Add(batch, """
            UPDATE cms.interaction_reps r SET occurred_at = i.occurred_at FROM cms.interactions i
            WHERE i.id = ANY($1) AND r.interaction_id = i.id AND r.occurred_at <> i.occurred_at
            """, Array(meetingIds));
        Add(batch, """
            UPDATE cms.interaction_parties p SET occurred_at = i.occurred_at FROM cms.interactions i
            WHERE i.id = ANY($1) AND p.interaction_id = i.id AND p.occurred_at <> i.occurred_at
            """, Array(meetingIds));
    }

    private static void AddDecisions(NpgsqlBatch batch, CursorState cursor, List<DecisionRow> decisions, Dictionary<string, Guid> ids, DateTimeOffset now)
    {
        if (decisions.Count == 0)
        {
            return;
        }

        Add(batch, """
            INSERT INTO cms.capture_decisions AS d (firm_user_id, stream, graph_item_id, internet_message_id, sender, subject, outcome, reason, detail, interaction_id, at)
            SELECT $1, $2, t.gid, t.item_key, t.sender, t.subject, t.outcome, t.reason, t.detail, t.interaction_id, $3
            FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::uuid[])
                 AS t(gid, item_key, sender, subject, outcome, reason, detail, interaction_id)
            ORDER BY t.gid
            ON CONFLICT (firm_user_id, stream, graph_item_id) DO UPDATE SET
                internet_message_id = EXCLUDED.internet_message_id, sender = EXCLUDED.sender, subject = EXCLUDED.subject,
                outcome = EXCLUDED.outcome, reason = EXCLUDED.reason, detail = EXCLUDED.detail,
                -- An item seen again after capture never loses the interaction it was captured as.
                interaction_id = COALESCE(EXCLUDED.interaction_id, d.interaction_id), at = EXCLUDED.at
            """,
            new NpgsqlParameter { Value = cursor.FirmUserId }, new NpgsqlParameter { Value = cursor.Stream.ToString() }, new NpgsqlParameter { Value = now },
            Array(decisions.Select(d => d.GraphId)),
            Array(decisions.Select(d => Cut(d.ItemKey, Interaction.KeyMaxLength))), Array(decisions.Select(d => d.Sender)), Array(decisions.Select(d => d.Subject)),
            Array(decisions.Select(d => d.Outcome.ToString())), Array(decisions.Select(d => d.Reason.ToString())),
            Array(decisions.Select(d => Cut(d.Detail, CaptureDecision.DetailMaxLength))),
            Array(decisions.Select(d => d.NaturalKey is { } key ? ids[key] : (Guid?)null)));
    }

    private static void AddQuarantine(NpgsqlBatch batch, CursorState cursor, List<ReadResult.Poison> items, DateTimeOffset now)
    {
        if (items.Count == 0)
        {
            return;
        }

        var distinct = items.DistinctBy(p => p.Id).ToList();
        Add(batch, """
            INSERT INTO cms.quarantined_items (id, firm_user_id, stream, graph_item_id, internet_message_id, reason, detail, quarantined_at)
            SELECT t.id, $1, $2, t.gid, t.imid, t.reason, t.detail, $3
            FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t(id, gid, imid, reason, detail)
            ON CONFLICT (firm_user_id, stream, graph_item_id) DO UPDATE SET
                internet_message_id = EXCLUDED.internet_message_id, reason = EXCLUDED.reason, detail = EXCLUDED.detail,
                quarantined_at = EXCLUDED.quarantined_at, released_at = NULL
            """,
            new NpgsqlParameter { Value = cursor.FirmUserId }, new NpgsqlParameter { Value = cursor.Stream.ToString() }, new NpgsqlParameter { Value = now },
            Array(distinct.Select(_ => Guid.CreateVersion7())), Array(distinct.Select(p => p.Id)), Array(distinct.Select(p => Cut(p.InternetMessageId, Interaction.KeyMaxLength))),
            Array(distinct.Select(p => p.Reason.ToString())), Array(distinct.Select(p => Cut(p.Detail, CaptureDecision.DetailMaxLength))));
    }

    /// <summary>Counts each unknown sender's distinct messages once (the sighting key), then moves them to the review queue past the threshold.</summary>
    private static void AddSightings(NpgsqlBatch batch, List<Sighting> sightings, int threshold)
    {
        if (sightings.Count == 0)
        {
            return;
        }

        Add(batch, """
            WITH input AS (
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) AS t(address, name, imid, seen_at)
            ), fresh AS (
                INSERT INTO cms.prospect_sightings (address, internet_message_id, seen_at)
                SELECT address, imid, seen_at FROM input
                ORDER BY address, imid
                ON CONFLICT DO NOTHING
                RETURNING address, seen_at
            ), counted AS (
                SELECT f.address, count(*)::int AS n, min(f.seen_at) AS first_seen, max(f.seen_at) AS last_seen,
                       (SELECT max(i.name) FROM input i WHERE i.address = f.address) AS name
                FROM fresh f GROUP BY f.address
            )
            INSERT INTO cms.proposed_prospects AS p (address, domain, display_name, message_count, first_seen_at, last_seen_at, status)
            SELECT c.address, split_part(c.address, '@', 2), left(c.name, 300), c.n, c.first_seen, c.last_seen,
                   CASE WHEN c.n >= $5 THEN 'Proposed' ELSE 'Watching' END
            FROM counted c
            ORDER BY c.address
            ON CONFLICT (address) DO UPDATE SET
                message_count = p.message_count + EXCLUDED.message_count,
                first_seen_at = LEAST(p.first_seen_at, EXCLUDED.first_seen_at),
                last_seen_at = GREATEST(p.last_seen_at, EXCLUDED.last_seen_at),
                display_name = COALESCE(p.display_name, EXCLUDED.display_name),
                status = CASE WHEN p.status = 'Watching' AND p.message_count + EXCLUDED.message_count >= $5 THEN 'Proposed' ELSE p.status END
            """,
            Array(sightings.Select(s => s.Address)), Array(sightings.Select(s => s.Name)), Array(sightings.Select(s => s.InternetMessageId)),
            Array(sightings.Select(s => s.SeenAt)), new NpgsqlParameter { Value = threshold });
    }

    private static void AddCursor(NpgsqlBatch batch, CursorState cursor) =>
        Add(batch, """
            INSERT INTO cms.mailbox_cursors (firm_user_id, stream, link, is_mid_sync, last_completed_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (firm_user_id, stream) DO UPDATE SET
                link = EXCLUDED.link, is_mid_sync = EXCLUDED.is_mid_sync, last_completed_at = EXCLUDED.last_completed_at, updated_at = EXCLUDED.updated_at
            """,
            new NpgsqlParameter { Value = cursor.FirmUserId }, new NpgsqlParameter { Value = cursor.Stream.ToString() },
            new NpgsqlParameter { Value = (object?)cursor.Link ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
            new NpgsqlParameter { Value = cursor.IsMidSync },
            new NpgsqlParameter { Value = (object?)cursor.LastCompletedAt ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
            new NpgsqlParameter { Value = cursor.UpdatedAt });

    private static List<AuditEntry> Audit(List<ChangedInteraction> changed, List<RemovedItem> removed, CursorState cursor, string mailbox, IAuditActor actor, DateTimeOffset now)
    {
        var entries = new List<AuditEntry>(changed.Count + removed.Count);
        foreach (var c in changed)
        {
            var after = JsonSerializer.Serialize(new
            {
                naturalKey = c.NaturalKey,
                channel = c.Channel.ToString(),
                occurredAt = c.OccurredAt,
                endsAt = c.EndsAt,
                isCancelled = c.IsCancelled,
            });
            entries.Add(c.Inserted
                ? AuditEntry.Record(now, actor, AuditActions.Created, nameof(Interaction), Id(c.Id), null, after, $"Captured from {cursor.Stream} of {mailbox}.")
                : AuditEntry.Record(now, actor, AuditActions.Updated, nameof(Interaction), Id(c.Id), null, after, $"Changed in {cursor.Stream} of {mailbox}."));
        }

        foreach (var r in removed)
        {
            var before = JsonSerializer.Serialize(new { graphItemId = r.GraphId, itemKey = r.ItemKey, mailbox, stream = cursor.Stream.ToString() });
            entries.Add(AuditEntry.Record(now, actor, CaptureAuditActions.RemovedFromMailbox, nameof(Interaction), Id(r.InteractionId), before, null,
                $"Deleted in, or moved out of, {cursor.Stream} of {mailbox}; the interaction is kept (records are the firm's; retention decides when they go)."));
        }

        return entries;
    }

    private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static string? Cut(string? text, int maxLength) => TextCheck.Truncate(text, maxLength);

    private static void Add(NpgsqlBatch batch, string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        batch.BatchCommands.Add(command);
    }

    private static NpgsqlParameter Array<T>(IEnumerable<T> values) => new() { Value = values.ToArray() };
}
