using System.Globalization;

namespace OutlookCms.Bench.TimeToCapture;

/// <summary>
/// CPU seconds from /proc: of a process, of PostgreSQL's server (the postmaster, the children it reaped and those still
/// running) and of the whole machine, so a throughput figure can say where the time went.
/// </summary>
public static class CpuMeter
{
    private static readonly double TicksPerSecond = 100; // USER_HZ: 100 on every Linux .NET runs on

    /// <summary>User + system CPU seconds of one process (0 once it is gone).</summary>
    public static double Process(int pid) => Stat(pid) is { } f ? (Long(f, 13) + Long(f, 14)) / TicksPerSecond : 0;

    /// <summary>The postmaster's own CPU and its reaped children's, plus every live child's: all PostgreSQL did.</summary>
    public static double PostgresServer(int postmasterPid)
    {
        if (Stat(postmasterPid) is not { } own)
        {
            return 0;
        }

        var total = Long(own, 13) + Long(own, 14) + Long(own, 15) + Long(own, 16);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Stat(pid) is { } child && Long(child, 3) == postmasterPid)
            {
                total += Long(child, 13) + Long(child, 14);
            }
        }

        return total / TicksPerSecond;
    }

    /// <summary>The parent of a process (a backend's parent is the postmaster).</summary>
    public static int Parent(int pid) => Stat(pid) is { } f ? (int)Long(f, 3) : 0;

    /// <summary>Busy and total CPU seconds of the machine (all cores) since boot, from /proc/stat.</summary>
    public static (double Busy, double Total) Machine()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        var idle = fields[3] + fields[4]; // idle + iowait
        return ((total - idle) / TicksPerSecond, total / TicksPerSecond);
    }

    /// <summary>The fields of /proc/PID/stat after the command name (which may hold spaces), indexed as in proc(5) minus one.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var rest = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            // proc(5) numbers fields from 1 (pid) and 2 (comm); rest[0] is field 3 (state).
            return [text[..text.IndexOf(' ', StringComparison.Ordinal)], "", .. rest];
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

    private static long Long(string[] fields, int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
}
