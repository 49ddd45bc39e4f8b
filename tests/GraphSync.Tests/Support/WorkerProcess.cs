using System.Collections.Concurrent;
using System.Diagnostics;

namespace OutlookCms.GraphSync.Tests.Support;

/// <summary>The real GraphSync executable as a child process (its Hangfire server and all), configured by environment.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the worker wrote (stdout and stderr), for a failure message.</summary>
    public string Tail(int lines = 40) => string.Join("\n", _output.TakeLast(lines));

    /// <param name="settings">Configuration keys with ':' (written as '__' in the environment).</param>
    public static WorkerProcess Start(IEnumerable<KeyValuePair<string, string?>> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutlookCms.GraphSync.dll"), .. arguments])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        var worker = new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("The worker did not start."));
        // Drain the pipes so a chatty worker never blocks on a full buffer.
        worker._process.OutputDataReceived += (_, e) => worker._output.Enqueue(e.Data ?? "");
        worker._process.ErrorDataReceived += (_, e) => worker._output.Enqueue(e.Data ?? "");
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Process.Kill: no shutdown, no cleanup, connections cut — a crash.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
