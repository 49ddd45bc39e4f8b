using System.Globalization;
using Npgsql;
using OutlookCms.Domain.Seeding;

namespace OutlookCms.AddinHost.Seeding;

/// <summary>
/// <c>OutlookCms.AddinHost seed [--seed N] [--scale N] [--if-empty | --replace] [--connection CS] [--now T]</c>:
/// seeds the database with the generated firm (see docs/seeding.md) and prints each table's rows and time.
/// Exit codes: 0 done (or nothing to do with --if-empty), 1 failed (e.g. PostgreSQL unreachable), 2 bad arguments or
/// a firm already there without --replace, 130 cancelled.
/// </summary>
public static class SeedCommand
{
    public const string ConnectionVariable = "ConnectionStrings__OutlookCms";

    public static async Task<int> RunAsync(string[] args)
    {
        if (!SeedArguments.TryParse(args, out var arguments, out var error))
        {
            await Console.Error.WriteLineAsync($"seed: {error}");
            await Console.Error.WriteLineAsync(SeedArguments.Usage);
            return 2;
        }

        if (arguments.Help)
        {
            Console.WriteLine(SeedArguments.Usage);
            return 0;
        }

        var connectionString = arguments.ConnectionString ?? Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await Console.Error.WriteLineAsync($"seed: no database given: pass --connection \"Host=…;Database=…\" or set {ConnectionVariable}.");
            return 2;
        }

        string target;
        try
        {
            target = new NpgsqlConnectionStringBuilder(connectionString) { Password = null }.ToString();
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"seed: the connection string is not valid: {e.Message}");
            return 2;
        }

        var spec = new SeedSpec(arguments.Seed, arguments.Scale, arguments.Now ?? TimeProvider.System.GetUtcNow());
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        Console.WriteLine(Invariant($"Seeding {Describe(spec)} into {target}"));
        SeedReport report;
        try
        {
            report = await FirmSeeder.SeedAsync(connectionString, spec, arguments.Mode, TimeProvider.System, Print, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("seed: cancelled; nothing was written (the seed runs in one transaction).");
            return 130;
        }
        catch (NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"seed: PostgreSQL refused or could not be reached ({e.Message}). Nothing was written.");
            return 1;
        }

        switch (report.Outcome)
        {
            case SeedOutcome.SkippedNotEmpty:
                Console.WriteLine(Invariant($"The database already holds a firm; --if-empty: nothing to do ({report.Total.TotalSeconds:0.0} s)."));
                return 0;
            case SeedOutcome.RefusedNotEmpty:
                await Console.Error.WriteLineAsync(
                    "seed: the database already holds a firm, so nothing was written. Pass --replace to empty the firm's tables " +
                    "(the audit log is kept) and seed again, or --if-empty to leave it as it is.");
                return 2;
            default:
                Console.WriteLine(
                    Invariant($"{report.Outcome} {report.Rows:N0} rows in {report.Total.TotalSeconds:0.0} s ({report.RowsPerSecond:N0} rows/s overall): ") +
                    Invariant($"migrations {report.Migrate.TotalSeconds:0.0} s, generating {report.Generate.TotalSeconds:0.0} s, COPY {report.Copy.TotalSeconds:0.0} s ") +
                    Invariant($"({report.Rows / Math.Max(report.Copy.TotalSeconds, 0.001):N0} rows/s), indexes and keys {report.Indexes.TotalSeconds:0.0} s. ") +
                    "One audit entry records the seed.");
                return 0;
        }
    }

    private static void Print(SeedProgress progress)
    {
        switch (progress)
        {
            case SeedProgress.Table { Report: var table }:
                Console.WriteLine(Invariant($"  {table.Table,-26}{table.Rows,12:N0} rows {table.Elapsed.TotalSeconds,7:0.00} s {table.RowsPerSecond,12:N0} rows/s"));
                break;
            case SeedProgress.Step step:
                Console.WriteLine(Invariant($"  {step.What} ({step.Elapsed.TotalSeconds:0.00} s)"));
                break;
        }
    }

    private static string Describe(SeedSpec spec) =>
        Invariant($"the demo firm (seed {spec.Seed}, scale {spec.Scale}, history to {spec.Now:yyyy-MM-dd HH:mm:ss}Z)");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
