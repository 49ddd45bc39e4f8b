using System.Diagnostics;
using System.Globalization;

namespace OutlookCms.Bench.Pane;

/// <summary>Percentiles (nearest rank) of a set of samples, in milliseconds.</summary>
public sealed record Latencies(int Count, double P50, double P95, double P99, double Max)
{
    public static Latencies Of(IEnumerable<Sample> samples)
    {
        var ms = samples.Select(s => s.Elapsed * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        return ms.Length == 0 ? new Latencies(0, 0, 0, 0, 0) : new Latencies(ms.Length, Rank(ms, 0.50), Rank(ms, 0.95), Rank(ms, 0.99), ms[^1]);
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public string Line(string label) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-16} {Count,8:N0}  p50 {P50,7:F1}  p95 {P95,7:F1}  p99 {P99,7:F1}  max {Max,7:F1} ms");
}
