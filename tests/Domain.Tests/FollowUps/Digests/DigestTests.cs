using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.FollowUps.Digests;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.FollowUps.Digests;

/// <summary>What a digest says on the recipient's local day, and how it is written (escaped HTML and plain text).</summary>
public sealed class DigestTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    // Tuesday 18 March 2025, 07:30 in London (UTC in March).
    private static readonly DateTimeOffset Morning = new(2025, 3, 18, 7, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2025, 3, 18);

    [Fact]
    public async Task ARepsDigest_HasTheirOverdueAndDueToday_NotLater_NotSnoozed_NotClosed_NotOthers()
    {
        var rep = Some.User(FirmRole.Rep);
        var other = Some.User(FirmRole.Rep);
        var client = Some.Person();
        var overdue = FollowUp.SetByHand(client.Id, rep.Id, "Send the statement", Morning.AddDays(-1), Morning.AddDays(-3));
        var dueToday = FollowUp.SetByHand(client.Id, rep.Id, "Call about the pledge", Morning.AddHours(8), Morning.AddDays(-3));
        var tomorrow = FollowUp.SetByHand(client.Id, rep.Id, "Later", Morning.AddDays(1), Morning.AddDays(-3));
        var snoozed = FollowUp.SetByHand(client.Id, rep.Id, "Snoozed", Morning.AddDays(-2), Morning.AddDays(-3));
        snoozed.Snooze(Morning.AddDays(2), "client travelling", Morning.AddDays(-1));
        var done = FollowUp.SetByHand(client.Id, rep.Id, "Done", Morning.AddDays(-2), Morning.AddDays(-3));
        done.Complete(rep.Id, "sent", Morning.AddDays(-1));
        var others = FollowUp.SetByHand(client.Id, other.Id, "Not mine", Morning.AddDays(-2), Morning.AddDays(-3));
        await using var db = database.NewDb();
        db.AddRange(rep, other, client, overdue, dueToday, tomorrow, snoozed, done, others);
        await db.SaveChangesAsync();

        var digest = await DigestComposer.ComposeAsync(db, rep, Today, escalateAfterDays: 3, Morning);

        Assert.Equal([overdue.Id], digest.Overdue.Select(i => i.FollowUpId));
        Assert.Equal([dueToday.Id], digest.DueToday.Select(i => i.FollowUpId));
        Assert.Empty(digest.Escalated);
        Assert.Equal(client.DisplayName, digest.Overdue[0].PartyName);
    }

    [Fact]
    public async Task AManagersDigest_EscalatesTheirReports_FollowUpsOverdueMoreThanTheThreshold()
    {
        var manager = Some.User(FirmRole.Manager);
        var rep = Some.User(FirmRole.Rep, manager: manager);
        var client = Some.Person();
        var long_ = FollowUp.SetByHand(client.Id, rep.Id, "Long overdue", Morning.AddDays(-5), Morning.AddDays(-9));
        var recent = FollowUp.SetByHand(client.Id, rep.Id, "Just overdue", Morning.AddDays(-1), Morning.AddDays(-9));
        await using var db = database.NewDb();
        db.AddRange(manager, rep, client, long_, recent);
        await db.SaveChangesAsync();

        var digest = await DigestComposer.ComposeAsync(db, manager, Today, escalateAfterDays: 3, Morning);

        var escalated = Assert.Single(digest.Escalated);
        Assert.Equal((long_.Id, rep.DisplayName), (escalated.FollowUpId, escalated.OwnerName));
        Assert.Empty(digest.Overdue);
    }

    [Fact]
    public async Task ARecipientAheadOfUtc_GetsTheirLocalDay()
    {
        var rep = new FirmUser(Guid.NewGuid(), Some.Unique("Tokyo"), $"{Some.Unique("t")}@firm.example", "Asia/Tokyo", FirmRole.Rep, RepSpecialty.WealthAdviser);
        var client = Some.Person();
        // 19 March in Tokyo starts at 18 March 15:00 UTC: due at 16:00 UTC on the 18th is "today" there, and 14:00 overdue.
        var dueToday = FollowUp.SetByHand(client.Id, rep.Id, "Today in Tokyo", new DateTimeOffset(2025, 3, 18, 16, 0, 0, TimeSpan.Zero), Morning.AddDays(-3));
        var overdue = FollowUp.SetByHand(client.Id, rep.Id, "Yesterday in Tokyo", new DateTimeOffset(2025, 3, 18, 14, 0, 0, TimeSpan.Zero), Morning.AddDays(-3));
        await using var db = database.NewDb();
        db.AddRange(rep, client, dueToday, overdue);
        await db.SaveChangesAsync();

        var digest = await DigestComposer.ComposeAsync(db, rep, new DateOnly(2025, 3, 19), 3, new DateTimeOffset(2025, 3, 19, 7, 0, 0, TimeSpan.FromHours(9)));

        Assert.Equal([overdue.Id], digest.Overdue.Select(i => i.FollowUpId));
        Assert.Equal([dueToday.Id], digest.DueToday.Select(i => i.FollowUpId));
    }

    [Fact]
    public async Task ARepInZurichInSummer_GetsTheirLocalDay()
    {
        var rep = Some.User(FirmRole.Rep);
        rep.MoveToTimeZone("Europe/Zurich");
        var client = Some.Person();
        // Wednesday 1 July 2026 in Zurich (UTC+2) began at 22:00 UTC on 30 June.
        var morning = new DateTimeOffset(2026, 7, 1, 5, 0, 0, TimeSpan.Zero);
        var lateLastNight = FollowUp.SetByHand(client.Id, rep.Id, "Before local midnight", new DateTimeOffset(2026, 6, 30, 21, 30, 0, TimeSpan.Zero), morning.AddDays(-3));
        var justAfterMidnight = FollowUp.SetByHand(client.Id, rep.Id, "After local midnight", new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero), morning.AddDays(-3));
        await using var db = database.NewDb();
        db.AddRange(rep, client, lateLastNight, justAfterMidnight);
        await db.SaveChangesAsync();

        var digest = await DigestComposer.ComposeAsync(db, rep, new DateOnly(2026, 7, 1), escalateAfterDays: 3, morning);

        Assert.Equal([lateLastNight.Id], digest.Overdue.Select(i => i.FollowUpId));
        Assert.Equal([justAfterMidnight.Id], digest.DueToday.Select(i => i.FollowUpId));
    }

    [Fact]
    public async Task NothingDue_IsAnEmptyDigest()
    {
        var rep = Some.User(FirmRole.Rep);
        await using var db = database.NewDb();
        db.Add(rep);
        await db.SaveChangesAsync();
        Assert.True((await DigestComposer.ComposeAsync(db, rep, Today, 3, Morning)).IsEmpty);
    }

    [Fact]
    public void TheEmail_EscapesClientText_InHtml_AndKeepsItReadableInText()
    {
        var item = new DigestItem(Guid.NewGuid(), Guid.NewGuid(), "<script>alert(1)</script> & Söhne", "Rita Rep",
            FollowUpReason.Manual, "Check \"fees\" <b>now</b>", Morning.AddDays(-1));
        var content = new DigestContent("Rita <Rep>", Today, [item], [], []);

        var email = DigestEmail.Render(content, new Uri("https://cms.example/"), TimeZoneInfo.Utc);

        Assert.Equal("Your follow-ups for 18 Mar: 1 overdue", email.Subject);
        Assert.DoesNotContain("<script>", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>now</b>", email.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; S", email.Html, StringComparison.Ordinal);
        Assert.Contains("Rita &lt;Rep&gt;", email.Html, StringComparison.Ordinal);
        Assert.Contains("https://cms.example/app/follow-ups", email.Html, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script> & Söhne: Check \"fees\" <b>now</b>", email.Text, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", email.Html, StringComparison.Ordinal);
        Assert.EndsWith("</body></html>", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyDigest_IsNeverWritten()
    {
        var empty = new DigestContent("Rita", Today, [], [], []);
        Assert.Throws<InvalidOperationException>(() => DigestEmail.Render(empty, new Uri("https://cms.example/"), TimeZoneInfo.Utc));
    }

    [Fact]
    public void TheLocalDay_StartsAtLocalMidnight_EvenOnADaylightSavingDay()
    {
        var zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), DigestComposer.StartOf(new DateOnly(2026, 3, 29), zurich).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero), DigestComposer.StartOf(new DateOnly(2026, 3, 30), zurich).ToUniversalTime());
    }
}
