using System.Diagnostics;
using System.Globalization;

namespace OutlookCms.Bench.TimeToCapture;

/// <summary>The GraphSync executable as a child process, configured by environment; its resident memory read from /proc.</summary>
public sealed class Worker : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private bool _disposed;

    private Worker(Process process) => _process = process;

    public static Worker Start(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutlookCms.GraphSync.dll")])
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

        var worker = new Worker(Process.Start(start) ?? throw new InvalidOperationException("The worker did not start."));
        worker._process.OutputDataReceived += (_, e) => worker.Keep(e.Data);
        worker._process.ErrorDataReceived += (_, e) => worker.Keep(e.Data);
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Tail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }

    /// <summary>VmRSS of the worker process in MB (what the OS holds in memory for it).</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private void Keep(string? line)
    {
        lock (_tail)
        {
            _tail.Enqueue(line ?? "");
            while (_tail.Count > 40)
            {
                _tail.Dequeue();
            }
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
