using Npgsql;

namespace OutlookCms.GraphSync.Persistence;

/// <summary>Upserts <c>mailbox_sync_status</c> at the start and end of a mailbox run (counters add in place, so workers never race).</summary>
public sealed class SyncStatusWriter(NpgsqlDataSource dataSource)
{
    public Task StartedAsync(Guid firmUserId, DateTimeOffset now, CancellationToken cancellationToken) => ExecuteAsync(
        """
        INSERT INTO cms.mailbox_sync_status (firm_user_id, last_started_at, consecutive_failures, throttled_responses) VALUES ($1, $2, 0, 0)
        ON CONFLICT (firm_user_id) DO UPDATE SET last_started_at = excluded.last_started_at
        """, cancellationToken, firmUserId, now);

    public Task SucceededAsync(Guid firmUserId, DateTimeOffset now, int throttled, CancellationToken cancellationToken) => ExecuteAsync(
        """
        INSERT INTO cms.mailbox_sync_status (firm_user_id, last_succeeded_at, consecutive_failures, throttled_responses) VALUES ($1, $2, 0, $3)
        ON CONFLICT (firm_user_id) DO UPDATE SET last_succeeded_at = excluded.last_succeeded_at, consecutive_failures = 0,
          throttled_responses = mailbox_sync_status.throttled_responses + excluded.throttled_responses
        """, cancellationToken, firmUserId, now, (long)throttled);

    public Task FailedAsync(Guid firmUserId, DateTimeOffset now, string error, int throttled, CancellationToken cancellationToken) => ExecuteAsync(
        """
        INSERT INTO cms.mailbox_sync_status (firm_user_id, last_failed_at, last_error, consecutive_failures, throttled_responses) VALUES ($1, $2, $3, 1, $4)
        ON CONFLICT (firm_user_id) DO UPDATE SET last_failed_at = excluded.last_failed_at, last_error = excluded.last_error,
          consecutive_failures = mailbox_sync_status.consecutive_failures + 1,
          throttled_responses = mailbox_sync_status.throttled_responses + excluded.throttled_responses
        """, cancellationToken, firmUserId, now, error.Length > 2000 ? error[..2000] : error, (long)throttled);

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
