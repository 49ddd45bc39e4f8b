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

        // The generator starts at once, beside the migrations and the checks, unless the seed most likely has nothing to
        // do (--if-empty, the demo's every start); it is stopped if the database turns out to hold a firm.
        var generation = mode == SeedMode.SkipIfNotEmpty ? null : Generation.Start(spec, cancellationToken);
        try
        {
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

            var window = await BulkLoadWindow.OpenAsync(connection, [.. SeededFirm.ClientBookTables, .. SeededFirm.HistoryTables], cancellationToken);
            generation ??= Generation.Start(spec, cancellationToken);

            // The client book is written, indexed and analysed while the history is still being made; interactions are
            // copied chunk by chunk as the generator completes them. Server and generator each keep a core busy.
            var writer = new SeedWriter(connection, report => progress?.Invoke(new SeedProgress.Table(report)));
            writer.WriteClientBook(await generation.ClientBook);
            var indexes = await RestoreAsync(connection, window, SeededFirm.ClientBookTables, "the client book's", progress, cancellationToken);
            var analyze = await AnalyzeAsync(connection, SeededFirm.ClientBookTables, cancellationToken);
            await writer.WriteInteractionsAsync(generation.Interactions, cancellationToken);
            var (firm, generate) = await generation.Completed;
            progress?.Invoke(new SeedProgress.Step($"generated {firm.TotalRows:N0} rows ({spec}), written as they came", generate));

            writer.WriteHistory(firm);
            indexes += await RestoreAsync(connection, window, null, "the history's", progress, cancellationToken);

            // Every party's newest contact stored now, as the follow-up rules would on their first run (the benchmarks
            // measure a firm whose rules have run). Fresh statistics, committed with the rows, so the first queries after
            // a seed (the benchmarks) get real plans.
            await ExecuteAsync(connection, Interactions.PartyContacts.RefreshLastContactsSql, cancellationToken, new NpgsqlParameter("now", spec.Now));
            analyze += await AnalyzeAsync(connection, [.. SeededFirm.HistoryTables, "party_last_contacts", "party_contact_changes"], cancellationToken);
            progress?.Invoke(new SeedProgress.Step("analyzed", analyze));

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
            var copy = TimeSpan.FromTicks(writer.Reports.Sum(t => t.Elapsed.Ticks));
            return new SeedReport(replaced is null ? SeedOutcome.Seeded : SeedOutcome.Reseeded, writer.Reports, migrate, generate, copy, indexes, total.Elapsed);
        }
        finally
        {
            if (generation is not null)
            {
                await generation.DisposeAsync();
            }
        }
    }

    private static async Task<TimeSpan> AnalyzeAsync(NpgsqlConnection connection, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        foreach (var table in tables)
        {
            await ExecuteAsync(connection, $"ANALYZE {CmsTables.Schema}.{table}", cancellationToken);
        }

        return watch.Elapsed;
    }

    private static async Task<TimeSpan> RestoreAsync(
        NpgsqlConnection connection, BulkLoadWindow window, IReadOnlyCollection<string>? tables, string whose, Action<SeedProgress>? progress,
        CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var statements = await window.RestoreAsync(connection, tables, cancellationToken);
        progress?.Invoke(new SeedProgress.Step(
            $"rebuilt {whose} indexes and validated its foreign keys ({statements.Count} statements; slowest: " +
            string.Join(", ", statements.Take(3).Select(s => $"{s.Statement} {s.Elapsed.TotalSeconds:0.0} s")) + ")", watch.Elapsed));
        return watch.Elapsed;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>
/// The generator on a thread of its own, feeding the writer: the client book once it is complete, then each completed
/// chunk of interactions. Disposing stops it (a refused seed, a failed COPY) and waits for it to end.
/// </summary>
internal sealed class Generation : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Channel<ArraySegment<InteractionRow>> _chunks =
        Channel.CreateUnbounded<ArraySegment<InteractionRow>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private readonly TaskCompletionSource<SeededFirm> _clientBook = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Generation(SeedSpec spec, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // No token for Task.Run itself: a task cancelled before it starts would never complete the client book.
        Completed = Task.Run(() => Run(spec), CancellationToken.None);
    }

    public Task<SeededFirm> ClientBook => _clientBook.Task;

    public ChannelReader<ArraySegment<InteractionRow>> Interactions => _chunks.Reader;

    public Task<(SeededFirm Firm, TimeSpan Elapsed)> Completed { get; }

    public static Generation Start(SeedSpec spec, CancellationToken cancellationToken) => new(spec, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Completed;
        }
        catch (Exception e) when (e is OperationCanceledException || _stop.IsCancellationRequested)
        {
            // Stopped on purpose; whatever made the seed stop has already been reported by the caller.
        }

        _stop.Dispose();
    }

    private (SeededFirm, TimeSpan) Run(SeedSpec spec)
    {
        try
        {
            var watch = Stopwatch.StartNew();
            var firm = FirmGenerator.Generate(spec, new GenerationListener
            {
                ClientBookReady = f => _clientBook.TrySetResult(f),
                InteractionsSealed = chunk => _chunks.Writer.TryWrite(chunk),
                Cancellation = _stop.Token,
            });
            _chunks.Writer.TryComplete();
            return (firm, watch.Elapsed);
        }
        catch (Exception e)
        {
            _clientBook.TrySetException(e);
            _chunks.Writer.TryComplete(e);
            throw;
        }
    }
}

/// <summary>What <see cref="FirmSeeder"/> reports while it works.</summary>
public abstract record SeedProgress
{
    private SeedProgress() { }

    public sealed record Step(string What, TimeSpan Elapsed) : SeedProgress;

    public sealed record Table(SeedTableReport Report) : SeedProgress;
}
