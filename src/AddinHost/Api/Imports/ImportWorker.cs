using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.Imports;

/// <summary>
/// Runs queued imports one at a time in the background, so an upload answers at once (202) and a million-row file
/// reports its progress through <c>GET /api/imports/{id}</c> while it runs. One at a time: an import is one long
/// transaction that keeps a core busy; a queue behind it is better than two slowing each other down.
/// </summary>
public sealed partial class ImportWorker(IConfiguration configuration, TimeProvider time, ILogger<ImportWorker> log) : BackgroundService
{
    private readonly Channel<Func<CancellationToken, Task>> _queue = Channel.CreateUnbounded<Func<CancellationToken, Task>>();

    // Imports outlive the request that queued them, so they make their own contexts (same options, audited as the uploader).
    private readonly DbContextOptions<CmsDb> _options = DomainServices.Options(
        configuration.GetConnectionString("OutlookCms") ?? throw new InvalidOperationException("ConnectionStrings:OutlookCms is not set."), time);

    public CmsDb NewDb(IAuditActor actor) => new(_options, actor);

    public void Enqueue(Func<CancellationToken, Task> run) =>
        _queue.Writer.TryWrite(run);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var run in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await run(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The runner has already recorded the failure in the import history.
                LogFailed(log, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An import failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
