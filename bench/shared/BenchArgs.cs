using System.Globalization;
using OutlookCms.Domain.Seeding;

namespace OutlookCms.Bench.Shared;

/// <summary>A bench's command line: <c>--name value</c> pairs and bare flags, with defaults.</summary>
public sealed class BenchArgs(string[] args)
{
    public int Int(string name, int fallback) => int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    public string Text(string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    public bool Has(string flag) => args.Contains(flag);

    /// <summary>The seeded firm (<c>--seed</c>, <c>--scale</c>, <c>--now</c>): by default the 100k-party firm whose history ends 2026-06-30 16:00 UTC.</summary>
    public SeedSpec Spec() =>
        new(Int("--seed", 42), Int("--scale", 20), DateTimeOffset.Parse(Text("--now", "2026-06-30T16:00:00Z"), CultureInfo.InvariantCulture));

    /// <summary>The PostgreSQL server: <c>ConnectionStrings__OutlookCms</c> as the scripts set it, else the project's default port.</summary>
    public static string Server() => Environment.GetEnvironmentVariable("ConnectionStrings__OutlookCms") is { Length: > 0 } configured
        ? configured
        : "Host=127.0.0.1;Port=55432;Username=outlookcms;Database=outlookcms";
}
