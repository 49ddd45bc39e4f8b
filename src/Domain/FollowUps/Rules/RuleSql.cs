using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.FollowUps.Rules;

/// <summary>The rules find their candidates with one set-based statement each, on the context's own connection.</summary>
internal static class RuleSql
{
    public static async Task<List<T>> QueryAsync<T>(CmsDb db, string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct,
        params NpgsqlParameter[] parameters)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddRange(parameters);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
