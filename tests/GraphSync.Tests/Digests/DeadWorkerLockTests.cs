using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.FollowUps.Digests;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Digests;

/// <summary>
/// A worker killed while Hangfire held the digests' schedule lock leaves the lock's row behind. A worker that starts
/// after it still registers its jobs and sends the digests, without waiting Hangfire's default ten minutes for the
/// row to count as dead (with that default it failed to start: TwoWorkerDigestTests met this once in CI).
/// </summary>
public sealed class DeadWorkerLockTests(Simulator simulator) : IClassFixture<Simulator>
{
    private static readonly DateTimeOffset StartAt = new(2026, 3, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AScheduleLockLeftByAKilledWorker_NeitherStopsTheNextWorker_NorItsDigests()
    {
        await using var world = await DigestWorld.StartAsync(simulator, StartAt);
        var first = await world.PersonAsync("First Rep", "Europe/London");
        await world.FollowUpAsync(first, "Call back", StartAt.AddDays(-1));
        var settings = DigestWorld.Settings(simulator, world.Database.ConnectionString, world.ServiceMailbox)
            .Append(new("Clock:StartAt", StartAt.ToString("O"))).ToList();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        using (var worker = WorkerProcess.Start(settings))
        {
            await SentAsync(world, 1, worker, timeout.Token);
            await worker.KillAsync();
        }

        // The row a worker killed while registering or triggering the digests leaves, 90 s old.
        await using (var connection = new NpgsqlConnection(world.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "INSERT INTO hangfire.lock (resource, acquired) VALUES ('hangfire:lock:recurring-job:digests', now() - interval '90 seconds') ON CONFLICT (resource) DO UPDATE SET acquired = EXCLUDED.acquired", connection);
            await command.ExecuteNonQueryAsync();
        }

        var second = await world.PersonAsync("Second Rep", "Europe/London");
        await world.FollowUpAsync(second, "Send the brochure", StartAt.AddDays(-1));
        using var next = WorkerProcess.Start(settings);

        await SentAsync(world, 2, next, timeout.Token);
        Assert.False(next.HasExited, next.Tail());
        Assert.Single(await world.FolderAsync(second.Email, "inbox"));
    }

    private static async Task SentAsync(DigestWorld world, int count, WorkerProcess worker, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var db = world.Database.NewDb();
            if (await db.Digests.CountAsync(d => d.Status == DigestStatus.Sent, cancellationToken) >= count)
            {
                return;
            }

            Assert.False(worker.HasExited, "the worker stopped:\n" + worker.Tail());
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"fewer than {count} digests sent in time:\n" + worker.Tail());
            }
        }
    }
}
