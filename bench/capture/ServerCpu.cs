using System.Globalization;
using Npgsql;

namespace OutlookCms.Bench.Capture;

/// <summary>
/// CPU seconds the local PostgreSQL cluster used (all its processes, including backends that exited, which the
/// postmaster has reaped): the machine is shared, so wall-clock rates move with the load while CPU cost per message
/// does not. Null when the server is not on this machine (its processes are not in /proc).
/// </summary>
public sealed class ServerCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly int _postmaster;

    private ServerCpu(int postmaster) => _postmaster = postmaster;

    public static async Task<ServerCpu?> FindAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync())!;
        var stat = Fields(backend);
        return stat is null ? null : new ServerCpu(int.Parse(stat[1], CultureInfo.InvariantCulture));
    }

    /// <summary>The postmaster's own and its reaped children's time, plus the time of every live child.</summary>
    public double Seconds()
    {
        long ticks = 0;
        if (Fields(_postmaster) is { } own)
        {
            ticks += Sum(own, 11, 12, 13, 14);
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != _postmaster &&
                Fields(pid) is { } child && child[1] == _postmaster.ToString(CultureInfo.InvariantCulture))
            {
                ticks += Sum(child, 11, 12);
            }
        }

        return ticks / TicksPerSecond;
    }

    private static long Sum(string[] fields, params int[] at) => at.Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));

    /// <summary>/proc/pid/stat from the state on (after the parenthesised name): [0] state, [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.</summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
