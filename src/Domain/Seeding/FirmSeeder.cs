using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Npgsql;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Persistence;
using OutlookCms.Domain.Seeding.Rows;
using OutlookCms.Domain.Seeding.Writing;

namespace OutlookCms.Domain.Seeding;

/// <summary>
/// Seeds a database with the generated firm: applies the migrations, then in one transaction (serialised against other
/// seeders by an advisory lock) checks whether a firm is already there, empties it for a re-seed, generates the firm and
/// writes it with binary COPY, and appends one audit entry for the seeding itself. Nothing is half-written: a failure
/// rolls all of it back. The audit log is never emptied, and gets one row per seed, not one per seeded row.
/// </summary>
public static class FirmSeeder
{
    public const string SeededAction = "Seeded";
    public const string ReseededAction = "Reseeded";
    public const string AuditEntityType = "Firm";

    private const long LockKey = 0x0C_5EED_F1E5;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };


    /// <param name="time">Stamps the audit entry (the seed's own history ends at <see cref="SeedSpec.Now"/>).</param>
    /// <param name="progress">Told of each step and each table written, as it happens.</param>
    public static async Task<SeedReport> SeedAsync(
        string connectionString, SeedSpec spec, SeedMode mode, TimeProvider time, Action<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(time);
        var total = Stopwatch.StartNew();
        await DatabaseMigrator.MigrateAsync(connectionString, cancellationToken);
        var migrate = total.Elapsed;
        progress?.Invoke(new SeedProgress.Step("migrations applied", migrate));

        // COPY of a million rows and index builds outlast the default 30 s command timeout.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);

        SortedDictionary<string, long>? replaced = null;
        if (await CmsTables.HoldAFirmAsync(connection, cancellationToken))
        {
            switch (mode)
            {
                case SeedMode.SkipIfNotEmpty:
                    return SeedReport.Nothing(SeedOutcome.SkippedNotEmpty, migrate, total.Elapsed);
                case SeedMode.RefuseIfNotEmpty:
                    return SeedReport.Nothing(SeedOutcome.RefusedNotEmpty, migrate, total.Elapsed);
                default:
                    replaced = await CmsTables.CountAsync(connection, cancellationToken);
                    break;
            }
        }

        // Empty (or already empty) tables are truncated in this transaction, which lets COPY write them frozen.
        await CmsTables.TruncateFirmAsync(connection, cancellationToken);
        if (replaced is not null)
        {
            progress?.Invoke(new SeedProgress.Step($"emptied the firm's tables ({replaced.Values.Sum():N0} rows)", total.Elapsed - migrate));
        }

        var watch = Stopwatch.StartNew();
        var window = await BulkLoadWindow.OpenAsync(connection, [.. SeededFirm.ClientBookTables, .. SeededFirm.HistoryTables], cancellationToken);

        // The generator runs beside the writer: the client book is written while the history is made, and interactions
        // are copied chunk by chunk as they are completed. Server and generator each keep a core busy.
        var chunks = Channel.CreateUnbounded<ArraySegment<InteractionRow>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var clientBook = new TaskCompletionSource<SeededFirm>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stopGenerating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var generation = Task.Run(() =>
        {
            try
            {
                var generated = FirmGenerator.Generate(spec, new GenerationListener
                {
                    ClientBookReady = f => clientBook.TrySetResult(f),
                    InteractionsSealed = chunk => chunks.Writer.TryWrite(chunk),
                    Cancellation = stopGenerating.Token,
                });
                chunks.Writer.TryComplete();
                return generated;
            }
            catch (Exception e)
            {
                clientBook.TrySetException(e);
                chunks.Writer.TryComplete(e);
                throw;
            }
        }, stopGenerating.Token);

        var writer = new SeedWriter(connection, report => progress?.Invoke(new SeedProgress.Table(report)));
        SeededFirm firm;
        try
        {
            writer.WriteClientBook(await clientBook.Task);
            await writer.WriteInteractionsAsync(chunks.Reader, cancellationToken);
            firm = await generation;
        }
        catch
        {
            // A failed COPY must not leave the generator running on for seconds.
            await stopGenerating.CancelAsync();
            throw;
        }

        var generate = watch.Elapsed;
        progress?.Invoke(new SeedProgress.Step($"generated {firm.TotalRows:N0} rows ({spec}), streamed into COPY as they came", generate));
        writer.WriteHistory(firm);
        var tables = writer.Reports;
        var copy = watch.Elapsed;

        watch.Restart();
        var slowest = await window.CloseAsync(connection, cancellationToken);
        var indexes = watch.Elapsed;
        progress?.Invoke(new SeedProgress.Step(
            $"rebuilt {window.Indexes} indexes and validated {window.ForeignKeys} foreign keys; slowest: " +
            string.Join(", ", slowest.Take(3).Select(s => $"{s.Statement} {s.Elapsed.TotalSeconds:0.0} s")), indexes));

        var entry = AuditEntry.Record(
            time.GetUtcNow(), new SystemAuditActor("seed", $"seed:{spec.Seed}:scale:{spec.Scale}"),
            replaced is null ? SeededAction : ReseededAction, AuditEntityType, firm.Domain,
            replaced is null ? null : JsonSerializer.Serialize(new { rows = replaced }, Json),
            JsonSerializer.Serialize(new { firm = firm.FirmName, spec.Seed, spec.Scale, historyTo = spec.Now, rows = firm.RowCounts.ToDictionary(c => c.Table, c => c.Rows) }, Json),
            replaced is null
                ? "Seeded the firm (one entry for the whole seed; seeded rows are not audited one by one)."
                : "Re-seeded with --replace: the firm's tables were emptied (the audit log is kept) and generated again.");
        await AuditLog.AppendAsync(connection, [entry], cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Fresh statistics, so the first queries after a seed (the benchmarks) get the plans they will have in use.
        watch.Restart();
        foreach (var (table, _) in firm.RowCounts)
        {
            await ExecuteAsync(connection, $"ANALYZE {CmsTables.Schema}.{table}", cancellationToken);
        }

        progress?.Invoke(new SeedProgress.Step("analyzed", watch.Elapsed));
        return new SeedReport(replaced is null ? SeedOutcome.Seeded : SeedOutcome.Reseeded, tables, migrate, generate, copy, indexes, total.Elapsed);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>What <see cref="FirmSeeder"/> reports while it works.</summary>
public abstract record SeedProgress
{
    private SeedProgress() { }

    public sealed record Step(string What, TimeSpan Elapsed) : SeedProgress;

    public sealed record Table(SeedTableReport Report) : SeedProgress;
}
