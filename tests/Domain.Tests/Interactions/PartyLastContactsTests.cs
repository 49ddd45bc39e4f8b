using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Interactions;

/// <summary>
/// The stored newest contact of each party (<c>party_last_contacts</c>, kept by triggers and a refresh) against a walk
/// of the contacts themselves, after every kind of change a contact can undergo: logged, cancelled and reinstated,
/// moved into the future, deleted, re-pointed by a merge. The answer must be right before the refresh (queued parties
/// are walked) and after it (stored rows are read), and the refresh must leave nothing queued.
/// </summary>
public sealed class PartyLastContactsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Now = new(2024, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Day(int day) => new(2024, 3, day, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheNewestContact_IsRightBeforeAndAfterTheRefresh_ThroughEveryKindOfChange()
    {
        var rep = Some.User(FirmRole.Rep);
        await using (var db = database.NewDb())
        {
            db.Add(rep);
            await db.SaveChangesAsync();
        }

        var (a, b, c, d, e) = (Client("A"), Client("B"), Client("C"), Client("D"), Client("E"));
        await using (var db = database.NewDb())
        {
            db.AddRange(a, b, c, d, e);
            await db.SaveChangesAsync();
        }

        var parties = new[] { a.Id, b.Id, c.Id, d.Id, e.Id };
        var aNewest = await LogAsync(rep, Day(10), a.Id);
        await LogAsync(rep, Day(5), a.Id, b.Id);
        var bMeeting = await LogAsync(rep, Day(12), b.Id);
        await LogAsync(rep, Day(3), c.Id);
        var dNewest = await LogAsync(rep, Day(11), d.Id);
        var eOnly = await LogAsync(rep, Day(8), e.Id);
        await CheckAsync(parties, "logged");

        await ChangeAsync(aNewest, i => i.Cancel());
        await CheckAsync(parties, "A's newest cancelled");
        Assert.Equal(Day(5), await StoredAsync(a.Id));

        await ChangeAsync(aNewest, i => i.Reinstate());
        await ChangeAsync(bMeeting, i => i.Reschedule(Day(20), Day(20).AddHours(1))); // after "now"
        await CheckAsync(parties, "A's reinstated, B's meeting moved to after now");
        Assert.Equal(Day(20), await StoredAsync(b.Id)); // stored: the newest at all; asked as of now: the walk

        await using (var db = database.NewDb())
        {
            db.Remove(await db.Interactions.SingleAsync(i => i.Id == eOnly));
            await db.SaveChangesAsync();
        }

        await CheckAsync(parties, "E's only contact deleted");
        Assert.Null(await StoredAsync(e.Id));

        await using (var db = database.NewDb())
        {
            await PartyMerge.MergeAsync(db, c.Id, d.Id, "same person", Now, default);
        }

        await CheckAsync(parties, "D merged into C");
        Assert.Equal(Day(11), await StoredAsync(c.Id)); // D's contact now C's
        Assert.NotEqual(Guid.Empty, dNewest);
    }

    /// <summary>
    /// Contacts ahead of the refresh: as of any later instant the answer is the newest contact up to then until the next
    /// one comes, and a walk after; a refresh at or after the next contact takes the party up again without a change
    /// queued. Checked at and around every contact, before and after each refresh.
    /// </summary>
    [Fact]
    public async Task ContactsAhead_AreAnsweredAsOfEveryInstant_AndTakenUpWhenTheyCome()
    {
        var rep = Some.User(FirmRole.Rep);
        var (a, b) = (Client("Ahead"), Client("Behind"));
        await using (var db = database.NewDb())
        {
            db.AddRange(rep, a, b);
            await db.SaveChangesAsync();
        }

        Guid[] parties = [a.Id, b.Id];
        await LogAsync(rep, Day(5), a.Id);
        await LogAsync(rep, Day(18), a.Id); // both ahead of "now" (the 15th)
        await LogAsync(rep, Day(20), a.Id);
        await LogAsync(rep, Day(7), b.Id);
        var instants = new[] { Day(4), Day(14), Now, Day(16), Day(18), Day(19), Day(20), Day(25) };
        async Task CheckEveryInstantAsync(string when)
        {
            await using var db = database.NewDb();
            foreach (var at in instants)
            {
                await AssertAnswersAsync(db, parties, $"{when}, as of {at:MM-dd HH:mm}", at);
            }
        }

        await CheckEveryInstantAsync("queued");
        await using (var db = database.NewDb())
        {
            await PartyContacts.RefreshLastContactsAsync(db, Now, default);
        }

        Assert.Equal((Now, Day(5), Day(18)), await AroundAsync(a.Id));
        Assert.Equal((Now, Day(7), (DateTimeOffset?)null), await AroundAsync(b.Id));
        await CheckEveryInstantAsync("refreshed on the 15th");

        await using (var db = database.NewDb())
        {
            await PartyContacts.RefreshLastContactsAsync(db, Day(19), default); // the 18th has come; nothing queued
        }

        Assert.Equal((Day(19), Day(18), Day(20)), await AroundAsync(a.Id));
        await CheckEveryInstantAsync("refreshed on the 19th");
    }

    private async Task<(DateTimeOffset? AsOf, DateTimeOffset? Past, DateTimeOffset? Next)> AroundAsync(Guid party)
    {
        await using var db = database.NewDb();
        var row = await db.Database.SqlQuery<AroundRow>($"SELECT as_of, past_at, next_at FROM cms.party_last_contacts WHERE party_id = {party}").SingleAsync();
        return (row.AsOf, row.PastAt, row.NextAt);
    }

    private sealed record AroundRow(DateTimeOffset? AsOf, DateTimeOffset? PastAt, DateTimeOffset? NextAt);

    private static Person Client(string name) => new("Last", Some.Unique(name), PartyStatus.Client, Day(1));

    private async Task<Guid> LogAsync(FirmUser rep, DateTimeOffset at, params Guid[] parties)
    {
        await using var db = database.NewDb();
        var interaction = Interaction.Log(Channel.Meeting, Direction.Outbound, at, at.AddHours(1), "meeting", null, rep.Id, at);
        foreach (var party in parties)
        {
            interaction.AddParty(party, ParticipantRole.To);
        }

        db.Add(interaction);
        await db.SaveChangesAsync();
        return interaction.Id;
    }

    private async Task ChangeAsync(Guid interactionId, Action<Interaction> change)
    {
        await using var db = database.NewDb();
        var interaction = await db.Interactions.Include(i => i.Parties).Include(i => i.Reps).SingleAsync(i => i.Id == interactionId);
        change(interaction);
        await db.SaveChangesAsync();
    }

    /// <summary>As of now and strictly before now, equal to a walk of the contacts: first with the changes queued,
    /// then after the refresh, which leaves the queue empty.</summary>
    private async Task CheckAsync(Guid[] parties, string after)
    {
        await using var db = database.NewDb();
        Assert.True(await QueuedAsync(db) > 0, $"{after}: the change was queued");
        await AssertAnswersAsync(db, parties, $"{after}, queued");

        await PartyContacts.RefreshLastContactsAsync(db, Now, default);
        Assert.Equal(0, await QueuedAsync(db));
        await AssertAnswersAsync(db, parties, $"{after}, refreshed");
    }

    private static async Task AssertAnswersAsync(CmsDb db, Guid[] parties, string when) => await AssertAnswersAsync(db, parties, when, Now);

    private static async Task AssertAnswersAsync(CmsDb db, Guid[] parties, string when, DateTimeOffset at)
    {
        foreach (var includeNow in new[] { true, false })
        {
            var answer = await PartyContacts.LastAsync(db, parties, at, includeNow, default);
            foreach (var party in parties)
            {
                var expected = await WalkAsync(db, party, includeNow, at);
                Assert.True(expected == (answer.TryGetValue(party, out var got) ? got : null),
                    $"{when}, {(includeNow ? "at or before" : "before")} {at:MM-dd HH:mm}: party {party} expected {expected}, got {(answer.ContainsKey(party) ? answer[party] : null)}");
            }
        }
    }

    // The oracle: the contacts themselves, without the stored rows or the queue.
    private static async Task<DateTimeOffset?> WalkAsync(CmsDb db, Guid party, bool includeNow, DateTimeOffset at) =>
        await (from ip in db.InteractionParties
               join i in db.Interactions on ip.InteractionId equals i.Id
               where ip.PartyId == party && !i.IsCancelled && (includeNow ? ip.OccurredAt <= at : ip.OccurredAt < at)
               select (DateTimeOffset?)ip.OccurredAt).MaxAsync();

    private static async Task<int> QueuedAsync(CmsDb db) =>
        await db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM cms.party_contact_changes""").SingleAsync();

    private async Task<DateTimeOffset?> StoredAsync(Guid party)
    {
        await using var db = database.NewDb();
        return await db.Database.SqlQuery<DateTimeOffset?>($"""SELECT last_at AS "Value" FROM cms.party_last_contacts WHERE party_id = {party}""").SingleOrDefaultAsync();
    }
}
