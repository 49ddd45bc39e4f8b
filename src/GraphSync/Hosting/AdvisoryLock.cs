using Npgsql;

namespace OutlookCms.GraphSync.Hosting;

/// <summary>
/// PostgreSQL session advisory locks (one bigint key) that keep a job's runs apart across workers: tried, never waited
/// for, and ended with the holder's session, even a killed one.
/// </summary>
internal static class AdvisoryLock
{
    public static async Task<bool> TryLockAsync(NpgsqlConnection connection, long key, CancellationToken cancellationToken) =>
        await CallAsync(connection, "pg_try_advisory_lock", key, cancellationToken);

    public static async Task UnlockAsync(NpgsqlConnection connection, long key) =>
        await CallAsync(connection, "pg_advisory_unlock", key, CancellationToken.None);

    private static async Task<bool> CallAsync(NpgsqlConnection connection, string function, long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
