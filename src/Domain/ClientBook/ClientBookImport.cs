using Npgsql;
using NpgsqlTypes;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Imports;

namespace OutlookCms.Domain.ClientBook;

/// <summary>
/// Imports a client book (<see cref="ClientBookLayout"/>): rows are COPYed into a temporary staging table in the
/// import's transaction and checked there set-based (the same external id or email twice, an organisation that is
/// neither in the file nor imported before, an unknown adviser). Each row then matches a party — by external id from
/// an earlier import, else by an email address already on file — or creates one with its email, phone, addresses,
/// household and coverage. A matched party is linked, never changed; each created one gets an "Imported" audit row.
/// </summary>
/// <param name="householdCurrency">Currency of the households the import creates (their assets start at zero).</param>
public sealed class ClientBookImport(string householdCurrency = "CHF") : IImportHandler<ClientBookRow>, IAsyncDisposable
{
    public const string KindName = "client-book";

    public const string AuditAction = "Imported";

    private static readonly string[] Columns =
    [
        "line", "party_id", "external_id", "kind", "given_name", "family_name", "legal_name", "works_at", "job_title", "status", "email",
        "phone", "household", "adviser_email",
        "mailing_line1", "mailing_line2", "mailing_city", "mailing_postcode", "mailing_region", "mailing_country",
        "billing_line1", "billing_line2", "billing_city", "billing_postcode", "billing_region", "billing_country",
    ];

    private NpgsqlBinaryImporter? _copy;

    public string Kind => KindName;

    public CsvLayout<ClientBookRow> Layout => ClientBookLayout.Instance;

    public async Task BeginAsync(ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var columns = string.Join(", ", Columns.Skip(2).Select(c => $"{c} text"));
        await session.ExecuteAsync($"""
            CREATE TEMPORARY TABLE client_book_staging (
                line bigint NOT NULL, party_id uuid NOT NULL, {columns}, matched_id uuid, matched_by text, household_id uuid, adviser_id uuid, works_at_id uuid
            ) ON COMMIT DROP
            """, cancellationToken);
        _copy = await session.Connection.BeginBinaryImportAsync(
            $"COPY client_book_staging ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
    }

    public async ValueTask AddAsync(ImportSession session, ClientBookRow row, long line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var copy = _copy ?? throw new InvalidOperationException("BeginAsync was not called.");
        await copy.StartRowAsync(cancellationToken);
        await copy.WriteAsync(line, NpgsqlDbType.Bigint, cancellationToken);
        await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellationToken);
        string?[] values =
        [
            row.ExternalId, row.Kind.ToString(), row.GivenName, row.FamilyName, row.LegalName, row.WorksAt, row.JobTitle, row.Status.ToString(),
            row.Email, row.Phone, row.Household, row.AdviserEmail,
            row.Mailing?.Line1, row.Mailing?.Line2, row.Mailing?.City, row.Mailing?.Postcode, row.Mailing?.Region, row.Mailing?.CountryCode,
            row.Billing?.Line1, row.Billing?.Line2, row.Billing?.City, row.Billing?.Postcode, row.Billing?.Region, row.Billing?.CountryCode,
        ];
        foreach (var value in values)
        {
            if (value is null)
            {
                await copy.WriteNullAsync(cancellationToken);
            }
            else
            {
                await copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
            }
        }
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

        await session.ExecuteAsync("CREATE INDEX ON client_book_staging (external_id); ANALYZE client_book_staging", cancellationToken);
        await CheckAsync(session, cancellationToken);
        await MatchAsync(session, cancellationToken);
        // Only among rows that would create a party: two people on file may share an address (a family's), and an
        // export of them must re-import.
        await session.ReportAsync("email", """
            SELECT line, 'is the same email as line ' || first || ', and both would be created' FROM (
                SELECT line, min(line) OVER (PARTITION BY email) AS first FROM client_book_staging
                WHERE email IS NOT NULL AND matched_id IS NULL) d
            WHERE line <> first
            """, cancellationToken);
        if (session.Errors.Any)
        {
            return default;
        }

        if (session.Import.DryRun)
        {
            await PlanAsync(session, cancellationToken);
        }

        var created = await CreateAsync(session, cancellationToken);
        return new ImportCounts(created, rows - created);
    }

    public ValueTask AbortAsync(ImportSession session) => DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            // Disposing a COPY that was not completed cancels it.
            await _copy.DisposeAsync();
            _copy = null;
        }
    }

    /// <summary>What only the whole file and the database can tell.</summary>
    private static async Task CheckAsync(ImportSession session, CancellationToken ct)
    {
        await session.ReportAsync("external_id", """
            SELECT line, 'is the same external id as line ' || first FROM (
                SELECT line, min(line) OVER (PARTITION BY external_id) AS first FROM client_book_staging) d
            WHERE line <> first
            """, ct);
        // An organisation not in the file: one imported before (its external id) or exported from here (its party id).
        await session.ExecuteAsync($"""
            UPDATE client_book_staging s SET works_at_id = o.id
            FROM cms.parties o
            WHERE s.works_at IS NOT NULL AND o.kind = 'Organisation' AND o.merged_into_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM client_book_staging f WHERE f.external_id = s.works_at AND f.kind = 'Organisation')
              AND o.id = coalesce((SELECT k.party_id FROM cms.party_external_keys k WHERE k.external_id = s.works_at), {AsPartyId("s.works_at")})
            """, ct);
        await session.ReportAsync("works_at", """
            SELECT s.line, 'names no organisation: ''' || s.works_at || ''' is not the external id of an organisation in this file or the client book'
            FROM client_book_staging s
            WHERE s.works_at IS NOT NULL AND s.works_at_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM client_book_staging o WHERE o.external_id = s.works_at AND o.kind = 'Organisation')
            """, ct);
        await session.ExecuteAsync("""
            UPDATE client_book_staging s SET adviser_id = u.id FROM cms.firm_users u
            WHERE lower(u.email) = s.adviser_email AND u.role IN ('Rep', 'Manager')
            """, ct);
        await session.ReportAsync("adviser_email", """
            SELECT line, '''' || adviser_email || ''' is not a rep or manager of the firm' FROM client_book_staging
            WHERE adviser_email IS NOT NULL AND adviser_id IS NULL
            """, ct);
    }

    /// <summary>External id from an earlier import first, then an email address already on file (same kind of party).</summary>
    private static async Task MatchAsync(ImportSession session, CancellationToken ct)
    {
        // Fresh statistics first: right after a large import autovacuum may not have analysed these tables yet, and the
        // planner, taking 100k external keys for an empty table, joined them by nested loops (minutes instead of a
        // second in bench/client-book). ANALYZE samples a bounded number of rows, so it costs well under a second.
        await session.ExecuteAsync("ANALYZE cms.parties, cms.party_external_keys, cms.email_addresses", ct);
        await session.ExecuteAsync("""
            UPDATE client_book_staging s SET matched_id = coalesce(p.merged_into_id, p.id), matched_by = 'external id'
            FROM cms.party_external_keys k JOIN cms.parties p ON p.id = k.party_id
            WHERE k.external_id = s.external_id
            """, ct);
        // A file this client book exported names parties without an external id by their own id.
        await session.ExecuteAsync($"""
            UPDATE client_book_staging s SET matched_id = coalesce(p.merged_into_id, p.id), matched_by = 'id'
            FROM cms.parties p WHERE s.matched_id IS NULL AND p.id = {AsPartyId("s.external_id")}
            """, ct);
        await session.ReportAsync("kind", """
            SELECT s.line, 'external id ' || s.external_id || ' is a ' || lower(p.kind) || ' in the client book, not a ' || lower(s.kind)
            FROM client_book_staging s JOIN cms.parties p ON p.id = s.matched_id WHERE p.kind <> s.kind
            """, ct);
        await session.ExecuteAsync("""
            UPDATE client_book_staging s SET matched_id = m.party_id, matched_by = 'email'
            FROM (SELECT DISTINCT ON (e.address) e.address, p.id AS party_id, p.kind
                  FROM cms.email_addresses e JOIN cms.parties p ON p.id = e.party_id
                  WHERE p.merged_into_id IS NULL ORDER BY e.address, p.created_at) m
            WHERE s.matched_id IS NULL AND m.address = s.email AND m.kind = s.kind
            """, ct);
    }

    private static async Task PlanAsync(ImportSession session, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT s.line, s.matched_id IS NULL,
                   CASE WHEN s.matched_id IS NULL THEN coalesce(s.legal_name, s.given_name || ' ' || s.family_name)
                        ELSE p.display_name || ' (by ' || s.matched_by || ')' END
            FROM client_book_staging s LEFT JOIN cms.parties p ON p.id = s.matched_id
            ORDER BY s.line LIMIT {session.Plan.Limit}
            """, session.Connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            session.Plan.Add(reader.GetInt64(0), reader.GetBoolean(1) ? "create" : "match", reader.GetString(2));
        }
    }

    /// <summary>Creates the new parties and everything they carry; links matched ones by external id. Returns how many were created.</summary>
    private async Task<long> CreateAsync(ImportSession session, CancellationToken ct)
    {
        var actor = session.Db.AuditActor;
        await using var batch = new NpgsqlBatch(session.Connection)
        {
            BatchCommands =
            {
                // Households by name: an existing one is joined, a new name is created once.
                new("""
                    INSERT INTO cms.households (id, name, assets_amount, assets_currency, is_restricted)
                    SELECT gen_random_uuid(), household, 0, $1, false FROM client_book_staging
                    WHERE matched_id IS NULL AND household IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cms.households h WHERE h.name = household)
                    GROUP BY household
                    """) { Parameters = { new() { Value = householdCurrency } } },
                new("""
                    UPDATE client_book_staging s SET household_id = h.id
                    FROM (SELECT DISTINCT ON (name) name, id FROM cms.households ORDER BY name, id) h
                    WHERE s.matched_id IS NULL AND h.name = s.household
                    """),
                new("""
                    INSERT INTO cms.parties (id, kind, display_name, status, is_restricted, created_at, legal_name)
                    SELECT party_id, 'Organisation', legal_name, status, false, $1, legal_name FROM client_book_staging
                    WHERE matched_id IS NULL AND kind = 'Organisation'
                    """) { Parameters = { new() { Value = session.Now } } },
                new("""
                    INSERT INTO cms.parties (id, kind, display_name, status, is_restricted, created_at, given_name, family_name,
                                             organisation_id, job_title, household_id)
                    SELECT s.party_id, 'Person', s.given_name || ' ' || s.family_name, s.status, false, $1, s.given_name, s.family_name,
                           coalesce(o.matched_id, o.party_id, s.works_at_id), CASE WHEN s.works_at IS NOT NULL THEN s.job_title END, s.household_id
                    FROM client_book_staging s
                    LEFT JOIN client_book_staging o ON o.external_id = s.works_at AND o.kind = 'Organisation'
                    WHERE s.matched_id IS NULL AND s.kind = 'Person'
                    """) { Parameters = { new() { Value = session.Now } } },
                new("""
                    INSERT INTO cms.email_addresses (id, party_id, address, kind, is_primary)
                    SELECT gen_random_uuid(), party_id, email, 'Work', true FROM client_book_staging WHERE matched_id IS NULL AND email IS NOT NULL
                    """),
                new("""
                    INSERT INTO cms.phones (id, party_id, number, kind, is_primary)
                    SELECT gen_random_uuid(), party_id, phone, 'Work', true FROM client_book_staging WHERE matched_id IS NULL AND phone IS NOT NULL
                    """),
                new("""
                    INSERT INTO cms.postal_addresses (id, party_id, kind, line1, line2, city, postcode, region, country_code)
                    SELECT gen_random_uuid(), party_id, 'Mailing', mailing_line1, mailing_line2, mailing_city, mailing_postcode, mailing_region, mailing_country
                    FROM client_book_staging WHERE matched_id IS NULL AND mailing_line1 IS NOT NULL
                    UNION ALL
                    SELECT gen_random_uuid(), party_id, 'Billing', billing_line1, billing_line2, billing_city, billing_postcode, billing_region, billing_country
                    FROM client_book_staging WHERE matched_id IS NULL AND billing_line1 IS NOT NULL
                    """),
                new("""
                    INSERT INTO cms.coverage_assignments (id, party_id, adviser_id, role, from_at)
                    SELECT gen_random_uuid(), party_id, adviser_id, 'Primary', $1 FROM client_book_staging WHERE matched_id IS NULL AND adviser_id IS NOT NULL
                    """) { Parameters = { new() { Value = session.Now } } },
                // Matched by email, the party now also answers to this external id; by external id or its own id, it already does.
                new("""
                    INSERT INTO cms.party_external_keys (external_id, party_id)
                    SELECT external_id, coalesce(matched_id, party_id) FROM client_book_staging WHERE matched_by IS NULL OR matched_by = 'email'
                    """),
                new("""
                    INSERT INTO cms.audit_entries (at, actor_user_id, actor_name, action, entity_type, entity_id, after, reason, correlation_id)
                    SELECT $1, $2, $3, $4, kind, party_id::text,
                           jsonb_strip_nulls(to_jsonb(s) - 'matched_id' - 'matched_by' - 'household_id' - 'adviser_id' - 'party_id'), $5, $6
                    FROM client_book_staging s WHERE matched_id IS NULL
                    """)
                {
                    Parameters =
                    {
                        new() { Value = session.Now }, new() { Value = (object?)actor.UserId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
                        new() { Value = actor.DisplayName }, new() { Value = AuditAction },
                        new() { Value = $"client-book import {session.Import.Id} ({session.Import.FileName})" },
                        new() { Value = (object?)actor.CorrelationId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
                    },
                },
                new("SELECT count(*) FROM client_book_staging WHERE matched_id IS NULL"),
            },
            Timeout = 0,
        };
        var created = (long)(await batch.ExecuteScalarAsync(ct))!;
        // The next reader (a booked-activity import, the next client-book import, the web app) plans with these tables'
        // new size; the statistics commit with the rows.
        await session.ExecuteAsync(
            "ANALYZE cms.parties, cms.households, cms.email_addresses, cms.phones, cms.postal_addresses, cms.coverage_assignments, cms.party_external_keys", ct);
        return created;
    }

    /// <summary>SQL for the party id a text names, or null when it is not a uuid (CASE, so the cast only sees uuids).</summary>
    private static string AsPartyId(string column) =>
        $"CASE WHEN {column} ~* '^[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}$' THEN {column}::uuid END";
}
