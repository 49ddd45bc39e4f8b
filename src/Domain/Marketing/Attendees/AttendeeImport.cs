using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Imports;

namespace OutlookCms.Domain.Marketing.Attendees;

/// <summary>
/// Tags the clients of an attendee list (<see cref="AttendeeLayout"/>) with an initiative: rows are COPYed into a
/// staging table in the import's transaction and resolved there (party id, external id of a client-book import, or an
/// email address on file; a merged party counts as the one it was merged into). A client that does not exist or that
/// the uploader may not see is the same row error, so the file cannot probe for hidden clients; an email on several
/// clients ("no single client"), ids that name different clients and the same client twice are errors too. Rows with attended = yes add a
/// <see cref="PartyInitiative"/> tag (one already there is matched, not repeated), each with an "Imported" audit row
/// carrying the line and the note; attended = no changes nothing (an existing tag is kept).
/// </summary>
public sealed class AttendeeImport(Guid initiativeId, Viewer uploader) : IImportHandler<AttendeeRow>, IAsyncDisposable
{
    public const string AuditAction = "Imported";

    private NpgsqlBinaryImporter? _copy;

    /// <summary>One kind per initiative, so the same list for another initiative is a new import and twice for one is AlreadyImported.</summary>
    public static string KindFor(Guid initiativeId) => $"attend:{initiativeId:N}";

    public string Kind => KindFor(initiativeId);

    public CsvLayout<AttendeeRow> Layout => AttendeeLayout.Instance;

    public async Task BeginAsync(ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.ExecuteAsync("""
            CREATE TEMPORARY TABLE attendee_staging (
                line bigint NOT NULL, party_id uuid, external_id text, email text, attended boolean NOT NULL, note text,
                by_id uuid, by_external uuid, by_email uuid, email_clients int, resolved uuid, visible boolean NOT NULL DEFAULT false
            ) ON COMMIT DROP
            """, cancellationToken);
        _copy = await session.Connection.BeginBinaryImportAsync(
            "COPY attendee_staging (line, party_id, external_id, email, attended, note) FROM STDIN (FORMAT BINARY)", cancellationToken);
    }

    public async ValueTask AddAsync(ImportSession session, AttendeeRow row, long line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var copy = _copy ?? throw new InvalidOperationException("BeginAsync was not called.");
        await copy.StartRowAsync(cancellationToken);
        await copy.WriteAsync(line, NpgsqlDbType.Bigint, cancellationToken);
        if (row.PartyId is { } partyId)
        {
            await copy.WriteAsync(partyId, NpgsqlDbType.Uuid, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
        }

        await WriteAsync(copy, row.ExternalId, NpgsqlDbType.Text, cancellationToken);
        await WriteAsync(copy, row.Email, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(row.Attended, NpgsqlDbType.Boolean, cancellationToken);
        await WriteAsync(copy, row.Note, NpgsqlDbType.Text, cancellationToken);
    }

    public async Task<ImportCounts> CompleteAsync(ImportSession session, long rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (_copy is not null)
        {
            await _copy.CompleteAsync(cancellationToken);
            await _copy.DisposeAsync();
            _copy = null;
        }

        await ResolveAsync(session, cancellationToken);
        await CheckAsync(session, cancellationToken);
        if (session.Errors.Any)
        {
            return default;
        }

        if (session.Import.DryRun)
        {
            await PlanAsync(session, cancellationToken);
        }

        var created = await TagAsync(session, cancellationToken);
        return new ImportCounts(created, rows - created);
    }

    public ValueTask AbortAsync(ImportSession session) => DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            await _copy.DisposeAsync();
            _copy = null;
        }
    }

    private async Task ResolveAsync(ImportSession session, CancellationToken ct)
    {
        await session.ExecuteAsync("""
            UPDATE attendee_staging s SET by_id = coalesce(p.merged_into_id, p.id) FROM cms.parties p WHERE p.id = s.party_id;
            UPDATE attendee_staging s SET by_external = coalesce(p.merged_into_id, p.id)
            FROM cms.party_external_keys k JOIN cms.parties p ON p.id = k.party_id WHERE k.external_id = s.external_id;
            UPDATE attendee_staging s SET by_email = m.party_id, email_clients = m.clients
            FROM (SELECT e.address, (array_agg(DISTINCT coalesce(p.merged_into_id, p.id)))[1] AS party_id,
                         count(DISTINCT coalesce(p.merged_into_id, p.id)) AS clients
                  FROM cms.email_addresses e JOIN cms.parties p ON p.id = e.party_id
                  WHERE e.address IN (SELECT email FROM attendee_staging WHERE email IS NOT NULL)
                  GROUP BY e.address) m
            WHERE m.address = s.email;
            UPDATE attendee_staging SET resolved = coalesce(by_id, by_external, CASE WHEN email_clients = 1 THEN by_email END);
            """, ct);

        // Visibility is the access rule's (a LINQ query), asked once for every client the file names.
        var named = new List<Guid>();
        await using (var command = new NpgsqlCommand("SELECT DISTINCT resolved FROM attendee_staging WHERE resolved IS NOT NULL", session.Connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                named.Add(reader.GetGuid(0));
            }
        }

        var visible = new List<Guid>();
        foreach (var chunk in named.Chunk(10_000))
        {
            visible.AddRange(await session.Db.VisibleParties(uploader).Where(p => chunk.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct));
        }

        await using var mark = new NpgsqlCommand("UPDATE attendee_staging SET visible = true WHERE resolved = ANY(@visible)", session.Connection) { CommandTimeout = 0 };
        mark.Parameters.Add(new NpgsqlParameter("visible", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = visible.ToArray() });
        await mark.ExecuteNonQueryAsync(ct);
    }

    private static async Task CheckAsync(ImportSession session, CancellationToken ct)
    {
        // Unknown and not visible read the same, on the first column that said who.
        const string NoClient = "'names no client you can see'";
        await session.ReportAsync("party_id", $"SELECT line, {NoClient} FROM attendee_staging WHERE party_id IS NOT NULL AND (by_id IS NULL OR NOT visible)", ct);
        await session.ReportAsync("external_id", $"""
            SELECT line, {NoClient} FROM attendee_staging
            WHERE party_id IS NULL AND external_id IS NOT NULL AND (by_external IS NULL OR NOT visible)
            """, ct);
        await session.ReportAsync("email", $"""
            SELECT line, CASE WHEN email_clients > 1 THEN 'names no single client you can see: give party_id or external_id' ELSE {NoClient} END
            FROM attendee_staging
            WHERE party_id IS NULL AND external_id IS NULL AND email IS NOT NULL AND (resolved IS NULL OR NOT visible)
            """, ct);
        await session.ReportAsync(null, """
            SELECT line, 'party_id, external_id and email name different clients' FROM attendee_staging
            WHERE resolved IS NOT NULL AND visible
              AND ((party_id IS NOT NULL AND by_id IS DISTINCT FROM resolved)
                OR (external_id IS NOT NULL AND by_external IS DISTINCT FROM resolved)
                OR (email IS NOT NULL AND by_email IS DISTINCT FROM resolved))
            """, ct);
        await session.ReportAsync(null, """
            SELECT line, 'is the same client as line ' || first FROM (
                SELECT line, min(line) OVER (PARTITION BY resolved) AS first FROM attendee_staging WHERE resolved IS NOT NULL) d
            WHERE line <> first
            """, ct);
    }

    private async Task PlanAsync(ImportSession session, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT s.line,
                   CASE WHEN NOT s.attended THEN 'not attended'
                        WHEN EXISTS (SELECT 1 FROM cms.party_initiatives t WHERE t.party_id = s.resolved AND t.initiative_id = @initiative) THEN 'already tagged'
                        ELSE 'tag' END,
                   p.display_name
            FROM attendee_staging s JOIN cms.parties p ON p.id = s.resolved
            ORDER BY s.line LIMIT {session.Plan.Limit}
            """, session.Connection);
        command.Parameters.Add(new NpgsqlParameter("initiative", initiativeId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            session.Plan.Add(reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
        }
    }

    /// <summary>Adds the missing tags and their audit rows in one statement; returns how many were added.</summary>
    private async Task<long> TagAsync(ImportSession session, CancellationToken ct)
    {
        var actor = session.Db.AuditActor;
        await using var command = new NpgsqlCommand("""
            WITH added AS (
                INSERT INTO cms.party_initiatives (party_id, initiative_id, tagged_by_id, tagged_at)
                SELECT resolved, @initiative, @by, @now FROM attendee_staging WHERE attended
                ON CONFLICT DO NOTHING
                RETURNING party_id
            ), audited AS (
                INSERT INTO cms.audit_entries (at, actor_user_id, actor_name, action, entity_type, entity_id, after, reason, correlation_id)
                SELECT @now, @by, @name, @action, 'PartyInitiative', s.resolved::text || ':' || @initiative::text,
                       jsonb_strip_nulls(jsonb_build_object('PartyId', s.resolved, 'InitiativeId', @initiative, 'TaggedById', @by, 'TaggedAt', @now,
                                                            'Line', s.line, 'Note', s.note)),
                       @reason, @correlation
                FROM added a JOIN attendee_staging s ON s.resolved = a.party_id
                RETURNING 1
            )
            SELECT count(*) FROM audited
            """, session.Connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("initiative", initiativeId));
        command.Parameters.Add(new NpgsqlParameter("by", NpgsqlDbType.Uuid) { Value = (object?)actor.UserId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("now", session.Now));
        command.Parameters.Add(new NpgsqlParameter("name", actor.DisplayName));
        command.Parameters.Add(new NpgsqlParameter("action", AuditAction));
        command.Parameters.Add(new NpgsqlParameter("reason", $"attendee import {session.Import.Id} ({session.Import.FileName})"));
        command.Parameters.Add(new NpgsqlParameter("correlation", NpgsqlDbType.Text) { Value = (object?)actor.CorrelationId ?? DBNull.Value });
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(value, type, ct);
        }
    }
}
