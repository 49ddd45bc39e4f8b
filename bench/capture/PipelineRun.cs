using Microsoft.Graph.Models;
using Npgsql;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Capture;
using OutlookCms.GraphSync.Options;
using OutlookCms.GraphSync.Persistence;
using OutlookCms.GraphSync.Pipeline;

namespace OutlookCms.Bench.Capture;

/// <summary>
/// The worker's per-page path, minus HTTP: read + normalise each message, load the page's parties (one query),
/// policy + matching + planning, then the page and its cursor committed in one transaction by <see cref="PageWriter"/>.
/// </summary>
public static class PipelineRun
{
    public static CaptureOptions Options()
    {
        var options = new CaptureOptions();
        options.FirmDomains.Add(SyntheticFirm.FirmDomain);
        return options;
    }

    public static async Task<int> RunMailboxAsync(NpgsqlDataSource dataSource, Guid repId, string repEmail, List<List<Message>> pages, FirmDirectory firm)
    {
        var options = Options();
        var settings = new PolicySettings(options);
        var loader = new PartyIndexLoader(dataSource);
        var writer = new PageWriter(dataSource, TimeProvider.System);
        var actor = new SystemAuditActor("capture-bench");
        var cursor = new MailboxCursor(repId, MailboxStream.Inbox, DateTimeOffset.UtcNow);
        var items = 0;
        // As the worker does with Graph: the next page is prepared (read, parties loaded, planned) while this one commits.
        Task<PagePlan> Prepare(List<Message> page) => Task.Run(async () =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var read = Read(page, settings);
            var index = await LoadAsync(loader, read, firm);
            var plan = PagePlanner.Plan(repId, read, firm, index, settings);
            Timings.Add(ref Timings.Prepare, clock);
            return plan;
        });

        var next = Prepare(pages[0]);
        for (var p = 0; p < pages.Count; p++)
        {
            var plan = await next;
            if (p + 1 < pages.Count)
            {
                next = Prepare(pages[p + 1]);
            }

            if (p < pages.Count - 1)
            {
                cursor.AdvanceTo($"https://graph.microsoft.com/v1.0/users/{repEmail}/mailFolders/inbox/messages/delta?$skiptoken={p}", DateTimeOffset.UtcNow);
            }
            else
            {
                cursor.Complete($"https://graph.microsoft.com/v1.0/users/{repEmail}/mailFolders/inbox/messages/delta?$deltatoken={p}", DateTimeOffset.UtcNow);
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            await writer.WriteAsync(plan, CursorState.Of(cursor), repEmail, actor, options.ProspectThreshold, CancellationToken.None);
            Timings.Add(ref Timings.Write, clock);
            items += plan.ItemCount;
        }

        return items;
    }

    public static List<ReadResult> Read(List<Message> page, PolicySettings settings) =>
        page.Select(m => MessageReader.Read(m, settings.MaxRecipients, settings.OtherInferenceIsBulk)).ToList();

    public static Task<PartyIndex> LoadAsync(PartyIndexLoader loader, List<ReadResult> read, FirmDirectory firm)
    {
        var external = read
            .OfType<ReadResult.Item>().SelectMany(i => i.Seen.Participants).Where(p => !firm.IsInternal(p)).ToList();
        return loader.LoadAsync(external.Select(p => p.Address).Distinct().ToList(), external.Select(p => p.Domain).Distinct().ToList(), CancellationToken.None);
    }
}

/// <summary>Where the pipeline's time goes (summed over the workers).</summary>
public static class Timings
{
    public static long Prepare;
    public static long Write;

    public static void Add(ref long total, System.Diagnostics.Stopwatch clock)
    {
        Interlocked.Add(ref total, clock.ElapsedTicks);
        clock.Restart();
    }

    public static string Describe() =>
        $"read + load parties + policy + match + plan {Seconds(Prepare):F2} s, overlapped with write {Seconds(Write):F2} s (summed over workers)";

    private static double Seconds(long ticks) => ticks / (double)System.Diagnostics.Stopwatch.Frequency;
}
