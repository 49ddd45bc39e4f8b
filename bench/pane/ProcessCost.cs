using System.Diagnostics;
using System.Runtime;
using static System.FormattableString;

namespace OutlookCms.Bench.Pane;

/// <summary>
/// What the bench's process (clients, AddinHost and token issuer together) spent between two points: CPU, methods the
/// JIT compiled and garbage collections. Printed for the measured window so a run still tiering up its code (the JIT
/// busy in the background) is visible rather than read as the product's steady state.
/// </summary>
public readonly record struct ProcessCost(TimeSpan Cpu, long JitMethods, TimeSpan JitTime, int Gen0, int Gen1, int Gen2)
{
    public static ProcessCost Now()
    {
        using var self = Process.GetCurrentProcess();
        return new ProcessCost(self.TotalProcessorTime, System.Runtime.JitInfo.GetCompiledMethodCount(),
            System.Runtime.JitInfo.GetCompilationTime(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    public string Since(ProcessCost start, int requests, TimeSpan window) =>
        Invariant($"process  : {(Cpu - start.Cpu).TotalSeconds / window.TotalSeconds:F2} cores, {(Cpu - start.Cpu).TotalMilliseconds / Math.Max(1, requests):F1} ms CPU per request (clients and host together); ") +
        Invariant($"JIT {JitMethods - start.JitMethods:N0} methods in {(JitTime - start.JitTime).TotalSeconds:F1} s; GCs {Gen0 - start.Gen0}/{Gen1 - start.Gen1}/{Gen2 - start.Gen2} (gen 0/1/2); ") +
        Invariant($"{(GCSettings.IsServerGC ? "server" : "workstation")} GC");
}
