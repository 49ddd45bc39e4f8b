using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Imports;

namespace OutlookCms.AddinHost.Api.Imports;

/// <summary>
/// On start and every <see cref="Interval"/>, ends the imports no host will finish (<see cref="StalledImports"/>): in
/// the web host because that is where imports run; several hosts sweeping at once is safe (the import's lock decides).
/// <c>Imports:QueuedLimitMinutes</c> (default 60) is how long an upload may wait Queued before it counts as lost.
/// </summary>
public sealed partial class StalledImportSweeper(ImportWorker worker, IConfiguration configuration, TimeProvider time, ILogger<StalledImportSweeper> log)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(2);

    private readonly TimeSpan _queuedLimit = TimeSpan.FromMinutes(configuration.GetValue("Imports:QueuedLimitMinutes", 60));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var failed = await StalledImports.SweepAsync(() => worker.NewDb(new SystemAuditActor("import sweeper")), time.GetUtcNow(), _queuedLimit,
                    stoppingToken);
                if (failed > 0)
                {
                    LogSwept(log, failed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next round tries again; a database that is briefly away must not stop the host.
                LogFailed(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marked {Count} stalled import(s) as Failed")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweeping stalled imports failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
