using Npgsql;
using OutlookCms.Domain.Capture;

namespace OutlookCms.GraphSync.Persistence;

/// <summary>The natural keys items of one mailbox stream were captured under (from their decisions; one indexed lookup per page).</summary>
public sealed class CapturedKeyLoader(NpgsqlDataSource dataSource)
{
    private const string Sql = """
        SELECT graph_item_id, internet_message_id FROM cms.capture_decisions
        WHERE firm_user_id = $1 AND stream = $2 AND graph_item_id = ANY($3) AND interaction_id IS NOT NULL AND internet_message_id IS NOT NULL
        """;

    public async Task<IReadOnlyDictionary<string, string>> LoadAsync(Guid firmUserId, MailboxStream stream, IReadOnlyCollection<string> graphIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graphIds);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        if (graphIds.Count == 0)
        {
            return keys;
        }

        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = firmUserId });
        command.Parameters.Add(new NpgsqlParameter { Value = stream.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = graphIds.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys[reader.GetString(0)] = reader.GetString(1);
        }

        return keys;
    }
}
