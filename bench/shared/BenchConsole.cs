using System.Globalization;
using Npgsql;

namespace OutlookCms.Bench.Shared;

/// <summary>What every bench prints around its figures: the machine's load (others build on it) and the firm's size.</summary>
public static class BenchConsole
{
    /// <summary>The 1, 5 and 15 minute load averages: figures taken on a busy machine are read with them.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static async Task PrintSizeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM cms.parties), (SELECT count(*) FROM cms.interactions), (SELECT count(*) FROM cms.interaction_parties), version()", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine(Invariant($"firm     : {reader.GetInt64(0):N0} parties, {reader.GetInt64(1):N0} interactions ({reader.GetInt64(2):N0} party links); {reader.GetString(3).Split(" on ")[0]}"));
    }
}
