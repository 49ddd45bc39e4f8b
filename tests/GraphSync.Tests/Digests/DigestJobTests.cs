using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps.Digests;
using OutlookCms.GraphSync.Jobs;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Digests;

/// <summary>
/// The <c>digests</c> job on a fake clock, real PostgreSQL, the real simulator and SDK: who is due when (time zones, a
/// DST day), nothing to say means no email, escalation to the manager, and a retry after each fault point of the
/// protocol sends exactly one email.
/// </summary>
public sealed class DigestJobTests(Simulator simulator) : IClassFixture<Simulator>
{
    // Sunday 29 March 2026: the UK moves to BST at 01:00 UTC, so London's 07:00 is 06:00 UTC today (07:00 UTC yesterday).
    // New York has been on EDT since 8 March (07:00 = 11:00 UTC); Tokyo has no DST (07:00 = 22:00 UTC the day before).
    private static readonly DateTimeOffset DstDay = new(2026, 3, 29, 5, 59, 0, TimeSpan.Zero);

    [Fact]
    public async Task EachPersonGetsTheirDigest_AtTheirLocalMorning_OnTheDayOfADstChange_Once()
    {
        await using var world = await DigestWorld.StartAsync(simulator, DstDay);
        var london = await world.PersonAsync("Lon Rep", "Europe/London");
        var newYork = await world.PersonAsync("Nyc Rep", "America/New_York");
        var tokyo = await world.PersonAsync("Tok Rep", "Asia/Tokyo");
        foreach (var rep in new[] { london, newYork, tokyo })
        {
            await world.FollowUpAsync(rep, "Send the statement", DstDay.AddDays(-2));
        }

        var at0559 = await world.RunAsync();
        Assert.Equal([tokyo.Id], (await world.DigestsAsync()).Select(d => d.RecipientId));

        world.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero));
        await world.RunAsync();
        Assert.Equal([tokyo.Id, london.Id], (await world.DigestsAsync()).Select(d => d.RecipientId));

        world.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 10, 59, 0, TimeSpan.Zero));
        await world.RunAsync();
        Assert.Equal(2, (await world.DigestsAsync()).Count);

        world.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 11, 0, 0, TimeSpan.Zero));
        await world.RunAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await world.RunAsync();

        Assert.Equal((1, 1), (at0559.Due, at0559.Sent));
        Assert.Equal((3, 0), (again.Due, again.Sent));
        var digests = await world.DigestsAsync();
        Assert.Equal([tokyo.Id, london.Id, newYork.Id], digests.Select(d => d.RecipientId));
        Assert.All(digests, d => Assert.Equal((DigestStatus.Sent, new DateOnly(2026, 3, 29)), (d.Status, d.LocalDate)));
        foreach (var rep in new[] { london, newYork, tokyo })
        {
            var received = Assert.Single(await world.FolderAsync(rep.Email, "inbox"));
            Assert.Equal(world.ServiceMailbox, received.From!.EmailAddress!.Address);
            Assert.Contains("1 overdue", received.Subject, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NothingToSay_SendsNoEmail_AndRecordsNothing()
    {
        await using var world = await DigestWorld.StartAsync(simulator, DstDay.AddHours(6));
        var idle = await world.PersonAsync("Idle Rep", "Europe/London");
        var later = await world.PersonAsync("Later Rep", "Europe/London");
        await world.FollowUpAsync(later, "Next week", DstDay.AddDays(7));

        var run = await world.RunAsync();

        Assert.Equal((2, 0, 2), (run.Due, run.Sent, run.Nothing));
        Assert.Empty(await world.DigestsAsync());
        Assert.Empty(await world.FolderAsync(idle.Email, "inbox"));
        Assert.Empty(await world.FolderAsync(later.Email, "inbox"));
        Assert.Empty(await world.FolderAsync(world.ServiceMailbox, "drafts"));
    }

    [Fact]
    public async Task LongOverdue_IsEscalatedIntoTheManagersDigest()
    {
        await using var world = await DigestWorld.StartAsync(simulator, DstDay.AddHours(6));
        var manager = await world.PersonAsync("Mia Manager", "Europe/London", FirmRole.Manager);
        var rep = await world.PersonAsync("Rob Rep", "Europe/London", manager: manager);
        await world.FollowUpAsync(rep, "Five days late", DstDay.AddDays(-5), client: "Quinn Longwait");
        await world.FollowUpAsync(rep, "One day late", DstDay.AddDays(-1), client: "Rae Recent");

        await world.RunAsync();

        var toManager = Assert.Single(await world.FolderAsync(manager.Email, "inbox"));
        var toRep = Assert.Single(await world.FolderAsync(rep.Email, "inbox"));
        Assert.Contains("1 escalated from your team", toManager.Subject, StringComparison.Ordinal);
        Assert.Contains("Quinn Longwait", toManager.Body!.Content, StringComparison.Ordinal);
        Assert.Contains("Rob Rep", toManager.Body.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Rae Recent", toManager.Body.Content, StringComparison.Ordinal);
        Assert.Contains("2 overdue", toRep.Subject, StringComparison.Ordinal);
        var managerDigest = Assert.Single(await world.DigestsAsync(), d => d.RecipientId == manager.Id);
        Assert.Equal((0, 1), (managerDigest.OverdueCount, managerDigest.EscalatedCount));
    }

    /// <summary>
    /// Each place a run can die, made real with the simulator's faults on the service mailbox, then a retry:
    /// after the claim (create dropped), after the draft was made but its id never came back (create dropAfter),
    /// after the draft id was stored (send dropped), after Graph sent but before it was recorded (send dropAfter).
    /// </summary>
    [Theory]
    [InlineData("drop", "/messages", DigestStatus.Claimed, 0, 0)]
    [InlineData("dropAfter", "/messages", DigestStatus.Claimed, 1, 1)]
    [InlineData("drop", "/send", DigestStatus.DraftCreated, 0, 0)]
    [InlineData("dropAfter", "/send", DigestStatus.DraftCreated, 0, 0)]
    public async Task ARetryAfterEachFaultPoint_SendsExactlyOneEmail(string kind, string path, DigestStatus leftAs, int draftsOnGraphBeforeRetry, int orphanDrafts)
    {
        await using var world = await DigestWorld.StartAsync(simulator, DstDay.AddHours(6));
        var rep = await world.PersonAsync("Fay Rep", "Europe/London");
        await world.FollowUpAsync(rep, "Call back", DstDay.AddDays(-1));
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/faults", new { kind, mailbox = world.ServiceMailbox, pathContains = path, count = 1 });

        await Assert.ThrowsAsync<DigestRunIncompleteException>(world.RunAsync);
        var left = Assert.Single(await world.DigestsAsync());
        Assert.Equal(leftAs, left.Status);
        Assert.Equal(kind == "dropAfter" && path == "/send" ? 1 : 0, (await world.FolderAsync(rep.Email, "inbox")).Count);
        Assert.Equal(draftsOnGraphBeforeRetry + (leftAs == DigestStatus.DraftCreated && kind == "drop" ? 1 : 0),
            (await world.FolderAsync(world.ServiceMailbox, "drafts")).Count);

        world.Clock.Advance(TimeSpan.FromMinutes(5));
        var retry = await world.RunAsync();

        Assert.Equal(kind == "dropAfter" && path == "/send" ? (0, 1) : (1, 0), (retry.Sent, retry.FoundSent));
        var sent = Assert.Single(await world.DigestsAsync());
        Assert.Equal((DigestStatus.Sent, 1), (sent.Status, sent.DraftsCreated));
        Assert.Single(await world.FolderAsync(rep.Email, "inbox"));
        Assert.Equal(sent.DraftMessageId, Assert.Single(await world.FolderAsync(world.ServiceMailbox, "sentitems")).Id);
        Assert.Equal(orphanDrafts, (await world.FolderAsync(world.ServiceMailbox, "drafts")).Count);
    }

    [Fact]
    public async Task ADraftDeletedBeforeItWasSent_IsMadeAgain_AndSentOnce()
    {
        await using var world = await DigestWorld.StartAsync(simulator, DstDay.AddHours(6));
        var rep = await world.PersonAsync("Gus Rep", "Europe/London");
        await world.FollowUpAsync(rep, "Call back", DstDay.AddDays(-1));
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/faults", new { kind = "drop", mailbox = world.ServiceMailbox, pathContains = "/send", count = 1 });
        await Assert.ThrowsAsync<DigestRunIncompleteException>(world.RunAsync);
        var draftId = Assert.Single(await world.DigestsAsync()).DraftMessageId;
        await simulator.AdminAsync(HttpMethod.Delete, $"_simulator/mailboxes/{world.ServiceMailbox}/messages/{Uri.EscapeDataString(draftId!)}");

        await world.RunAsync();

        var sent = Assert.Single(await world.DigestsAsync());
        Assert.Equal((DigestStatus.Sent, 2), (sent.Status, sent.DraftsCreated));
        Assert.NotEqual(draftId, sent.DraftMessageId);
        Assert.Single(await world.FolderAsync(rep.Email, "inbox"));
    }

    [Fact]
    public async Task ThrottlingAndUnavailability_AreRetriedByTheSdk_WithinTheRun()
    {
        await using var world = await DigestWorld.StartAsync(simulator, DstDay.AddHours(6));
        var rep = await world.PersonAsync("Hal Rep", "Europe/London");
        await world.FollowUpAsync(rep, "Call back", DstDay.AddDays(-1));
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/faults", new { kind = "throttle", mailbox = world.ServiceMailbox, pathContains = "/messages", count = 1, retryAfterSeconds = 1 });
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/faults", new { kind = "unavailable", mailbox = world.ServiceMailbox, pathContains = "/send", count = 1, retryAfterSeconds = 1 });

        var run = await world.RunAsync();

        Assert.Equal(1, run.Sent);
        Assert.Single(await world.FolderAsync(rep.Email, "inbox"));
    }

    [Fact]
    public async Task TwoRunsAtOnce_SendEachDigestOnce()
    {
        await using var world = await DigestWorld.StartAsync(simulator, DstDay.AddHours(6));
        var reps = new List<FirmUser>();
        for (var i = 0; i < 8; i++)
        {
            var rep = await world.PersonAsync($"Rep {i}", i % 2 == 0 ? "Europe/London" : "Europe/Paris");
            await world.FollowUpAsync(rep, "Call back", DstDay.AddDays(-1));
            reps.Add(rep);
        }

        var runs = await Task.WhenAll(world.RunAsync(), world.RunAsync());

        Assert.Equal(8, runs.Sum(r => r.Sent));
        Assert.All(runs, r => Assert.Equal((8, 0), (r.Due, r.Failed)));
        foreach (var rep in reps)
        {
            Assert.Single(await world.FolderAsync(rep.Email, "inbox"));
        }

        Assert.Equal(8, (await world.FolderAsync(world.ServiceMailbox, "sentitems")).Count);
    }
}
