using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Pipeline;

namespace OutlookCms.GraphSync.Hosting;

/// <summary>
/// <c>OutlookCms.GraphSync --sync-once {firmUserId}</c>: syncs one mailbox in the foreground and exits, without
/// Hangfire (operators catching a mailbox up by hand; the crash tests kill it mid-sync). Exit code 0 = synced,
/// 1 = failed (the committed pages stand), 2 = another worker holds the mailbox.
/// </summary>
public static class SyncOnceCommand
{
    public const string Key = "sync-once";

    public static bool Requested(IConfiguration configuration, out Guid firmUserId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        firmUserId = Guid.Empty;
        return configuration[Key] is { } value && Guid.TryParse(value, out firmUserId);
    }

    public static async Task<int> RunAsync(HostApplicationBuilder builder, Guid firmUserId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString("OutlookCms")
            ?? throw new InvalidOperationException("ConnectionStrings:OutlookCms is not set (env ConnectionStrings__OutlookCms).");
        builder.Services.AddCapturePipeline(connectionString);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        // Migrated through the container's context, not a context of its own: EF then builds its model once, not twice
        // (a second of start-up on this machine, paid by every kill-and-restart trial of the crash tests).
        await scope.ServiceProvider.GetRequiredService<CmsDb>().MigrateAsync(CancellationToken.None);
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<MailboxSync>().SyncAsync(firmUserId, CancellationToken.None);
            return result.Locked ? 0 : 2;
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
