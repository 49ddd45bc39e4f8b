using Npgsql;
using NpgsqlTypes;
using OutlookCms.Domain.Imports;

namespace OutlookCms.Domain.Bookings;

/// <summary>
/// Imports booked account activity: rows are COPYed (binary) into a temporary staging table inside the import's
/// transaction, checked there in a few set-based queries (unknown party or household, a party outside the household
/// named, the same booking twice in the file), then inserted by natural key: a booking already stored is matched, not
/// duplicated. A million rows stay a handful of statements.
/// </summary>
public sealed class BookedActivityImport : IImportHandler<BookedActivityRow>, IAsyncDisposable
{
    public const string KindName = "booked-activity";

    private NpgsqlBinaryImporter? _copy;

    public string Kind => KindName;

    public CsvLayout<BookedActivityRow> Layout => BookedActivityLayout.Instance;

    public async Task BeginAsync(ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.ExecuteAsync("""
            CREATE TEMPORARY TABLE booked_staging (
                line bigint NOT NULL, id uuid NOT NULL, account text NOT NULL, reference text NOT NULL, party_id uuid,
                household_id uuid, booked_on date NOT NULL, amount numeric(18,2) NOT NULL, currency char(3) NOT NULL, type text NOT NULL
            ) ON COMMIT DROP
            """, cancellationToken);
        _copy = await session.Connection.BeginBinaryImportAsync(
            "COPY booked_staging (line, id, account, reference, party_id, household_id, booked_on, amount, currency, type) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
    }

    public async ValueTask AddAsync(ImportSession session, BookedActivityRow row, long line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var copy = _copy ?? throw new InvalidOperationException("BeginAsync was not called.");
        await copy.StartRowAsync(cancellationToken);
        await copy.WriteAsync(line, NpgsqlDbType.Bigint, cancellationToken);
        await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellationToken);
        await copy.WriteAsync(row.Account, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(row.Reference, NpgsqlDbType.Text, cancellationToken);
        await WriteNullableAsync(copy, row.PartyId, cancellationToken);
        await WriteNullableAsync(copy, row.HouseholdId, cancellationToken);
        await copy.WriteAsync(row.BookedOn, NpgsqlDbType.Date, cancellationToken);
        await copy.WriteAsync(row.Amount, NpgsqlDbType.Numeric, cancellationToken);
        await copy.WriteAsync(row.Currency, NpgsqlDbType.Char, cancellationToken);
        await copy.WriteAsync(row.Type.ToString(), NpgsqlDbType.Text, cancellationToken);
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

        await session.ExecuteAsync("ANALYZE booked_staging", cancellationToken);
        await session.ReportAsync("party_id", """
            SELECT s.line, 'no party ' || s.party_id || ' is known' FROM booked_staging s
            WHERE s.party_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cms.parties p WHERE p.id = s.party_id)
            """, cancellationToken);
        await session.ReportAsync("household_id", """
            SELECT s.line, 'no household ' || s.household_id || ' is known' FROM booked_staging s
            WHERE s.household_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cms.households h WHERE h.id = s.household_id)
            """, cancellationToken);
        await session.ReportAsync("party_id", """
            SELECT s.line, 'party ' || s.party_id || ' is not a member of household ' || s.household_id FROM booked_staging s
            JOIN cms.parties p ON p.id = s.party_id
            WHERE s.household_id IS NOT NULL AND p.household_id IS DISTINCT FROM s.household_id
              AND EXISTS (SELECT 1 FROM cms.households h WHERE h.id = s.household_id)
            """, cancellationToken);
        await session.ReportAsync(null, """
            SELECT line, 'is the same booking as line ' || first_line || ' (same account, reference, date, type, amount and currency)'
            FROM (SELECT line, min(line) OVER (PARTITION BY account, reference, booked_on, type, amount, currency) AS first_line
                  FROM booked_staging) d
            WHERE line <> first_line
            """, cancellationToken);
        if (session.Errors.Any)
        {
            return default;
        }

        await using var insert = new NpgsqlCommand("""
            INSERT INTO cms.booked_activities (id, account, reference, party_id, household_id, booked_on, amount, currency, type, import_id)
            SELECT id, account, reference, party_id, household_id, booked_on, amount, currency, type, @import FROM booked_staging ORDER BY line
            ON CONFLICT (account, reference, booked_on, type, amount, currency) DO NOTHING
            """, session.Connection);
        insert.Parameters.AddWithValue("import", session.Import.Id);
        insert.CommandTimeout = 0;
        var created = await insert.ExecuteNonQueryAsync(cancellationToken);
        // Auto-match reads these rows next: plan it with their new size (the statistics commit with the rows).
        await session.ExecuteAsync("ANALYZE cms.booked_activities", cancellationToken);
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

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, Guid? value, CancellationToken cancellationToken)
    {
        if (value is { } id)
        {
            await copy.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
        }
    }
}
